import Plot
import ThiDuaCore

/// The second step of an action that cannot be undone in one click: what will happen, then a button
/// that posts the same form again with `confirm=yes`. A plain form, so it works without JavaScript.
enum ConfirmationPage {
    /// A text the user must write before confirming (the reason a history entry is withdrawn).
    struct Reason: Sendable {
        var label: String
        var hint: String
        var value: String
    }

    struct Model: Sendable {
        var layout: Layout.Model
        var heading: String
        var question: String
        var consequences: [String]
        var action: String
        /// The first step's fields, carried over unchanged.
        var fields: [(name: String, value: String)]
        var confirmLabel: String
        var cancel: String
        var reason: Reason?
        var errors: [FieldError]
        var csrf: String
    }

    static let field = "confirm"
    static let yes = "yes"

    static func render(_ model: Model) -> String {
        Layout.render(
            model.layout,
            .h1(.text(model.heading)),
            Form.errorSummary(model.errors),
            .form(
                .method(.post), .action(model.action), .class("card confirm"),
                Form.csrf(model.csrf),
                .forEach(model.fields) { Form.hidden($0.name, $0.value) },
                Form.hidden(field, yes),
                .p(.strong(.text(model.question))),
                .if(!model.consequences.isEmpty, .ul(.forEach(model.consequences) { .li(.text($0)) })),
                .unwrap(model.reason) { r in
                    Form.textarea(
                        r.label, name: "reason", value: r.value, errors: model.errors, required: true, hint: r.hint,
                        rows: 3)
                },
                .div(
                    .class("actions"),
                    .button(.type(.submit), .class("danger"), .text(model.confirmLabel)),
                    .a(.class("button"), .href(model.cancel), .text("Không, quay lại")))
            )
        )
    }
}
