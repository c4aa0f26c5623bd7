import Foundation
import Plot
import ThiDuaCore

/// Labelled form controls. Every input has a label, and its error is tied to it by aria-describedby.
enum Form {
    struct Option: Sendable, Hashable {
        var value: String
        var label: String
        init(_ value: String, _ label: String) {
            self.value = value
            self.label = label
        }
    }

    static func csrf<Context: HTML.BodyContext>(_ token: String) -> Node<Context> {
        .input(.type(.hidden), .name(CSRF.field), .value(Escape.attribute(token)))
    }

    static func hidden<Context: HTML.BodyContext>(_ name: String, _ value: String) -> Node<Context> {
        .input(.type(.hidden), .name(name), .value(Escape.attribute(value)))
    }

    static func errorSummary<Context: HTML.BodyContext>(_ errors: [FieldError], message: String? = nil) -> Node<Context>
    {
        .if(
            !errors.isEmpty || message != nil,
            .div(
                .class("error-summary"), .attribute(named: "role", value: "alert"),
                .p(.strong(.text(message ?? "Chưa lưu được. Hãy sửa các mục sau:"))),
                .ul(.forEach(errors) { .li(.text($0.message)) })))
    }

    static func text<Context: HTML.BodyContext>(
        _ label: String, name: String, value: String, errors: [FieldError] = [], type: HTMLInputType = .text,
        required: Bool = false, hint: String? = nil, autocomplete: String? = nil,
        id: String? = nil
    ) -> Node<Context> {
        let id = id ?? "f-\(name)"
        let error = errors.first { $0.field == name }?.message
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(
                .for(id), .text(label),
                .if(required, .span(.class("req"), .attribute(named: "aria-hidden", value: "true"), .text(" *")))),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(id)-error"), .text($0)) },
            .input(
                .type(type), .id(id), .name(name), .value(Escape.attribute(value)), .required(required),
                .attribute(named: "autocomplete", value: autocomplete),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .attribute(named: "aria-describedby", value: describedBy(id, hint: hint, error: error)))
        )
    }

    static func select<Context: HTML.BodyContext>(
        _ label: String, name: String, options: [Option], selected: String?, errors: [FieldError] = [],
        required: Bool = false, emptyLabel: String? = nil, id: String? = nil
    ) -> Node<Context> {
        let id = id ?? "f-\(name)"
        let error = errors.first { $0.field == name }?.message
        let all = (emptyLabel.map { [Option("", $0)] } ?? []) + options
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(
                .for(id), .text(label),
                .if(required, .span(.class("req"), .attribute(named: "aria-hidden", value: "true"), .text(" *")))),
            .unwrap(error) { .p(.class("error"), .id("\(id)-error"), .text($0)) },
            .element(
                named: "select",
                nodes: [
                    .attribute(named: "id", value: id),
                    .attribute(named: "name", value: name),
                    .attribute(named: "aria-describedby", value: error == nil ? nil : "\(id)-error"),
                    .if(required, .attribute(named: "required")),
                ] + all.map { option($0, selected: $0.value == selected) })
        )
    }

    static func option<Context: HTML.BodyContext>(_ o: Option, selected: Bool) -> Node<Context> {
        .element(
            named: "option",
            nodes: [
                .attribute(named: "value", value: Escape.attribute(o.value), ignoreIfValueIsEmpty: false),
                .if(selected, .attribute(named: "selected")),
                .text(o.label),
            ])
    }

    static func textarea<Context: HTML.BodyContext>(
        _ label: String, name: String, value: String, errors: [FieldError] = [],
        required: Bool = false, hint: String? = nil, rows: Int = 4, id: String? = nil
    ) -> Node<Context> {
        let id = id ?? "f-\(name)"
        let error = errors.first { $0.field == name }?.message
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(
                .for(id), .text(label),
                .if(required, .span(.class("req"), .attribute(named: "aria-hidden", value: "true"), .text(" *")))),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(id)-error"), .text($0)) },
            .element(
                named: "textarea",
                nodes: [
                    .attribute(named: "id", value: id), .attribute(named: "name", value: name),
                    .attribute(named: "rows", value: String(rows)),
                    .if(required, .attribute(named: "required")),
                    .attribute(named: "aria-describedby", value: describedBy(id, hint: hint, error: error)),
                    .text(value),
                ])
        )
    }

    /// A checkbox with its label after it; `name` may repeat across boxes (several values of one field).
    static func checkbox<Context: HTML.BodyContext>(
        _ label: String, name: String, value: String, checked: Bool, id: String
    ) -> Node<Context> {
        .span(
            .class("check"),
            .input(.type(.checkbox), .id(id), .name(name), .value(Escape.attribute(value)), .checked(checked)),
            .label(.for(id), .text(label)))
    }

    /// One yes/no box on its own line of a form.
    static func checkboxField<Context: HTML.BodyContext>(
        _ label: String, name: String, value: String = "true", checked: Bool, id: String? = nil
    ) -> Node<Context> {
        .div(.class("field"), checkbox(label, name: name, value: value, checked: checked, id: id ?? "f-\(name)"))
    }

    static func submit<Context: HTML.BodyContext>(_ label: String, id: String? = nil) -> Node<Context> {
        .button(.type(.submit), .class("primary"), .unwrap(id) { .id($0) }, .text(label))
    }

    private static func describedBy(_ id: String, hint: String?, error: String?) -> String? {
        let ids = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}
