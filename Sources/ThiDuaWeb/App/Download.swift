import Foundation
import Vapor

extension Response {
    /// A file to save (an export, a template, a document): its type, its name, and never cached, since it
    /// holds the organization's data. Names are ASCII slugs, so the header needs no encoding.
    static func download(_ data: Data, filename: String, contentType: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
