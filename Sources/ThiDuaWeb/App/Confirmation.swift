import Foundation
import ThiDuaCore
import Vapor

extension Request {
    /// Whether this post comes from the confirmation page (the second step of a destructive action).
    var confirmed: Bool {
        (try? content.get(String?.self, at: ConfirmationPage.field)) == ConfirmationPage.yes
    }

    /// The confirmation page for this post: the fields named in `keep` go on unchanged to the second step.
    func confirmation(
        title: String, question: String, consequences: [String] = [], confirmLabel: String,
        cancel: String, keep: [String] = [], reason: ConfirmationPage.Reason? = nil,
        errors: [FieldError] = [], section: Layout.Section? = nil
    ) -> Response {
        let fields = keep.compactMap { name in
            ((try? content.get(String?.self, at: name)) ?? nil).map { (name: name, value: $0) }
        }
        let model = ConfirmationPage.Model(
            layout: .init(request: self, title: title, section: section), heading: title, question: question,
            consequences: consequences, action: url.path, fields: fields, confirmLabel: confirmLabel, cancel: cancel,
            reason: reason, errors: errors, csrf: csrf)
        return HTMLResponse.make(ConfirmationPage.render(model), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
