import Foundation
import ThiDuaCore
import Vapor

extension Layout.Model {
    /// The frame for a page of this request: who is signed in, their form token, the flash message.
    init(request: Request, title: String, section: Layout.Section? = nil, trail: [(label: String, path: String)] = []) {
        let account = request.auth.get(Account.self)
        self.init(
            title: title, account: account,
            csrf: account == nil ? nil : CSRF.token(for: request),
            demo: request.application.settings.demo,
            flash: request.takeFlash(), section: section, path: request.url.path, trail: trail)
    }
}

extension Request {
    static let flashKey = "flash"

    /// A one-time message for the next page (after a redirect).
    func flash(_ message: String) {
        session.data[Self.flashKey] = message
    }

    func takeFlash() -> String? {
        guard hasSession, let message = session.data[Self.flashKey] else { return nil }
        session.data[Self.flashKey] = nil
        return message
    }

    var csrf: String { CSRF.token(for: self) }

    var today: LocalDate { LocalDate.today() }

    /// A page number past the end (an old bookmark, a typed address) goes to the last page, with the same search.
    func redirectPastLastPage<T>(_ page: ListPage<T>) -> Response? {
        guard page.page > page.pageCount, var c = URLComponents(string: url.string) else { return nil }
        c.queryItems =
            (c.queryItems ?? []).filter { $0.name != PageQuery.page } + [
                URLQueryItem(name: PageQuery.page, value: String(page.pageCount))
            ]
        return redirect(to: c.string ?? url.path)
    }

    /// A page's list query: its text search (`tim`) and page number (`trang`).
    func pageListQuery(perPage: Int = 50) -> ListQuery {
        ListQuery(
            text: query[String.self, at: PageQuery.search], page: query[Int.self, at: PageQuery.page] ?? 1,
            perPage: perPage)
    }

    /// The API's list query: `q`, `page` and `per`.
    func apiListQuery(perPage: Int = 50) -> ListQuery {
        ListQuery(
            text: query[String.self, at: "q"], page: query[Int.self, at: "page"] ?? 1,
            perPage: query[Int.self, at: "per"] ?? perPage)
    }
}

/// Splits a domain error into what a form shows: field errors, or one message. Other errors go on up.
func formProblems(_ error: any Error) throws -> (fields: [FieldError], message: String?) {
    guard let e = error as? DomainError else { throw error }
    switch e {
    case .invalid(let fields): return (fields, nil)
    case .staleVersion, .conflict: return ([], e.message)
    default: throw e
    }
}

/// The same, as one list for a page that shows errors in a summary only.
func formErrors(_ error: any Error) throws -> [FieldError] {
    let (fields, message) = try formProblems(error)
    return fields + (message.map { [FieldError("", $0)] } ?? [])
}

/// An empty form field means "none"; a malformed id is reported on its field.
func optionalUUID(_ raw: String?, field: String, message: String) throws -> UUID? {
    guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
    guard let id = UUID(uuidString: raw) else { throw DomainError.invalid([FieldError(field, message)]) }
    return id
}
