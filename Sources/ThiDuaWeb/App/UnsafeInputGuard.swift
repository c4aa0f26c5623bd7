import Foundation
import ThiDuaCore
import Vapor

/// Refuses, with a 422 naming the field, any query value, form field or JSON string that holds a control,
/// bidirectional or zero-width character (`UnsafeCharacters`). It collects a streamed body first, up to
/// `maxBodyBytes`, so the check sees all of it; the route then finds the body collected.
struct UnsafeInputGuard: AsyncMiddleware {
    let maxBodyBytes: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var problems: [FieldError] = []
        if let query = request.url.query {
            for (name, value) in FormPairs.parse(query) { Self.check(name, value, into: &problems) }
        }
        if request.method != .GET, request.method != .HEAD {
            if request.body.data == nil {
                do {
                    _ = try await request.body.collect(max: maxBodyBytes).get()
                } catch let abort as any AbortError where abort.status == .payloadTooLarge {
                    throw DomainError.tooMuchWork(BodyLimit.message(maxBodyBytes))
                }
            }
            if let body = request.body.data, body.readableBytes > 0 {
                switch request.headers.contentType {
                case .some(let t) where t.type == "application" && t.subType == "x-www-form-urlencoded":
                    for (name, value) in FormPairs.parse(String(buffer: body)) {
                        Self.check(name, value, into: &problems)
                    }
                case .some(let t) where t.type == "application" && t.subType == "json":
                    if let json = try? JSONSerialization.jsonObject(
                        with: Data(buffer: body), options: [.fragmentsAllowed])
                    {
                        Self.walk(json, path: "", into: &problems)
                    }
                default:
                    // Multipart uploads carry files; their cells are checked by the import itself.
                    break
                }
            }
        }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return try await next.respond(to: request)
    }

    private static func check(_ name: String, _ value: String, into problems: inout [FieldError]) {
        guard problems.count < 20 else { return }
        if let p = UnsafeCharacters.problem(field: name, value: value) {
            problems.append(p)
        } else if let p = UnsafeCharacters.problem(field: "tên trường", value: name) {
            problems.append(p)
        }
    }

    private static func walk(_ value: Any, path: String, into problems: inout [FieldError]) {
        guard problems.count < 20 else { return }
        switch value {
        case let s as String:
            check(path.isEmpty ? "nội dung" : path, s, into: &problems)
        case let a as [Any]:
            for (i, v) in a.enumerated() { walk(v, path: "\(path)[\(i)]", into: &problems) }
        case let d as [String: Any]:
            for (k, v) in d {
                let child = path.isEmpty ? k : "\(path).\(k)"
                check("tên trường", k, into: &problems)
                walk(v, path: child, into: &problems)
            }
        default:
            break
        }
    }
}

/// `name=value` pairs of a query string or a url-encoded body, in order, repeated names included.
enum FormPairs {
    static func parse(_ text: String) -> [(String, String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }
}
