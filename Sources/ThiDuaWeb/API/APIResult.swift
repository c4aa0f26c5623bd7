import Foundation
import ThiDuaCore
import Vapor

/// A JSON answer of any Encodable core value, so core structs need no Vapor conformance.
struct APIResult<T: Encodable & Sendable>: AsyncResponseEncodable {
    var value: T
    var status: HTTPResponseStatus = .ok

    init(_ value: T, status: HTTPResponseStatus = .ok) {
        self.value = value
        self.status = status
    }

    func encodeResponse(for request: Request) async throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }
}

/// One page of a list: `{ "items": [...], "metadata": { "page", "per", "total", "pageCount" } }`.
struct APIPage<T: Encodable & Sendable>: Encodable, Sendable {
    struct Metadata: Encodable, Sendable {
        var page: Int
        var per: Int
        var total: Int
        var pageCount: Int
    }

    var items: [T]
    var metadata: Metadata

    init(_ page: ListPage<T>) {
        items = page.items
        metadata = Metadata(page: page.page, per: page.perPage, total: page.total, pageCount: page.pageCount)
    }
}

struct Versioned: Decodable {
    var version: Int
}

extension Request {
    /// `version` from the JSON body: required for every change, so a stale edit is refused.
    func bodyVersion() throws -> Int {
        guard let v = try? content.decode(Versioned.self).version else {
            throw DomainError.invalid([
                FieldError("version", "Thiếu trường version (số phiên bản hiện tại của bản ghi).")
            ])
        }
        return v
    }
}
