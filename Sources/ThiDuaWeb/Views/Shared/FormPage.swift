import Foundation
import Plot
import ThiDuaCore

/// What every edit page carries: the layout, the record (nil when new) and its version, the draft as typed,
/// the errors and message of the last post, and the CSRF token. `Choices` is what the page offers to pick from
/// (parent units, blocs, award codes…); a page with none uses `NoChoices`.
struct FormPage<Draft: Sendable, Choices: Sendable>: Sendable {
    var layout: Layout.Model
    var id: UUID?
    var version: Int
    var draft: Draft
    var choices: Choices
    var errors: [FieldError] = []
    var message: String?
    var csrf: String

    var isNew: Bool { id == nil }

    /// The errors above the form.
    var errorSummary: Node<HTML.BodyContext> { Form.errorSummary(errors, message: message) }

    /// The hidden fields every post carries: the CSRF token and the version the edit started from.
    var hiddenFields: Node<HTML.FormContext> {
        .group(Form.csrf(csrf), Form.hidden("version", String(version)))
    }
}

struct NoChoices: Sendable {}
