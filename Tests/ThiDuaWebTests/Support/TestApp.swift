import Fluent
import Foundation
import NIOCore
import SQLKit
import Testing
import ThiDuaCore
import ThiDuaStore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// The real app, in process, on a fresh database (a temp SQLite file or a PostgreSQL schema of its own),
/// with the demo data loaded unless `demo` is false; the demo's histories only when `histories` is true.
/// `settings` changes the configuration before the app is built (limits, proxies, keys).
func withTestApp<T>(
    _ kind: DatabaseKind, demo: Bool = true, histories: Bool = false,
    settings: (inout Configuration) -> Void = { _ in },
    _ body: (Application) async throws -> T
) async throws -> T {
    kind == .postgres
        ? try await PostgresGate.shared.run {
            try await openTestApp(kind, demo: demo, histories: histories, settings: settings, body)
        }
        : try await openTestApp(kind, demo: demo, histories: histories, settings: settings, body)
}

private func openTestApp<T>(
    _ kind: DatabaseKind, demo: Bool, histories: Bool, settings: (inout Configuration) -> Void,
    _ body: (Application) async throws -> T
) async throws -> T {
    let app = try await Application.make(.testing)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-web-\(UUID().uuidString)")
    var cleanup: () async throws -> Void = {}
    do {
        let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] ?? ""
        let database: Configuration.Database =
            kind == .sqlite ? .sqlite(path: dir.appendingPathComponent("t.sqlite").path) : .postgres(url: url)
        var config = Configuration(
            database: database, dataDirectory: dir.path, logLevel: "warning",
            sessionSecret: String(repeating: "k", count: 40))
        settings(&config)
        app.logger.logLevel = .warning
        try await configure(app, config, demo: demo)
        app.bcryptCost = 4
        if kind == .postgres {
            let schema = "w_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let admin = DatabaseID(string: "admin")
            try DatabaseSetup.register(database, on: app.databases, as: admin, isDefault: false)
            let adminDB = app.db(admin) as! any SQLDatabase
            try await adminDB.raw("CREATE SCHEMA \(ident: schema)").run()
            cleanup = { try await adminDB.raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
            try DatabaseSetup.register(database, on: app.databases, searchPath: [schema])
        } else {
            cleanup = { try? FileManager.default.removeItem(at: dir) }
        }
        try await app.prepareDatabase()
        if demo { _ = try await app.loadDemo(histories: histories, progress: { _ in }) }
        let result = try await body(app)
        try await cleanup()
        try await app.asyncShutdown()
        return result
    } catch {
        try? await cleanup()
        try? await app.asyncShutdown()
        throw error
    }
}

/// Requests with a full URL (path and query), a JSON or form body, and a bearer token or session cookie.
struct Client {
    let app: Application
    var token: String?
    var cookie: String?
    var csrf: String?

    init(_ app: Application) { self.app = app }

    /// A multipart form with one file, as a browser uploads it.
    /// `running`: through a real server on a free port, where a large body arrives as a stream.
    func upload(
        _ url: String, fields: [String: String], fileField: String, fileName: String, data: Data,
        running: Bool = false
    ) async throws -> TestingHTTPResponse {
        let boundary = "----thidua\(UUID().uuidString)"
        var body = Data()
        var all = fields
        if let csrf { all[CSRF.field] = csrf }
        for (name, value) in all.sorted(by: { $0.key < $1.key }) {
            body.append(
                Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let tester = running ? try app.testing(method: .running(hostname: "127.0.0.1", port: 0)) : try app.testing()
        return try await tester.sendRequest(.POST, url) { req in
            req.url = URI(string: url)
            if let cookie { req.headers.replaceOrAdd(name: .cookie, value: cookie) }
            req.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            req.body = ByteBuffer(data: body)
        }
    }

    /// `running`: through a real server on a free port, where a body larger than one chunk arrives as a stream.
    func send(
        _ method: HTTPMethod, _ url: String, json: (any Encodable)? = nil, form: [String: String]? = nil,
        rawBody: String? = nil, contentType: HTTPMediaType? = nil, running: Bool = false
    ) async throws -> TestingHTTPResponse {
        let tester = running ? try app.testing(method: .running(hostname: "127.0.0.1", port: 0)) : try app.testing()
        return try await tester.sendRequest(method, "/") { req in
            req.url = URI(string: url)
            if let token { req.headers.bearerAuthorization = BearerAuthorization(token: token) }
            if let cookie { req.headers.replaceOrAdd(name: .cookie, value: cookie) }
            if let json {
                let data = try JSONEncoder().encode(json)
                req.body = ByteBuffer(data: data)
                req.headers.contentType = .json
            }
            if var form {
                if let csrf, form[CSRF.field] == nil { form[CSRF.field] = csrf }
                var c = URLComponents()
                c.queryItems = form.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
                let body = (c.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
                req.body = ByteBuffer(string: body)
                req.headers.contentType = .urlEncodedForm
            }
            if let rawBody {
                req.body = ByteBuffer(string: rawBody)
                req.headers.contentType = contentType ?? .json
            }
        }
    }

    /// Signs in through the API and keeps the token.
    static func api(_ app: Application, _ username: String, password: String = DemoData.password) async throws -> Client
    {
        var client = Client(app)
        let res = try await client.send(
            .POST, "/api/v1/auth/login", json: ["username": username, "password": password])
        #expect(res.status == .ok, "sign-in of \(username): \(res.body.string)")
        client.token = try res.content.decode(Token.self).token
        return client
    }

    /// Signs in through the sign-in form, keeping the session cookie and the form token.
    static func browser(_ app: Application, _ username: String, password: String = DemoData.password) async throws
        -> Client
    {
        var client = Client(app)
        let page = try await client.send(.GET, "/dang-nhap")
        client.cookie = sessionCookie(page)
        client.csrf = csrfToken(page.body.string)
        let res = try await client.send(.POST, "/dang-nhap", form: ["username": username, "password": password])
        #expect(res.status == .seeOther, "sign-in of \(username): \(res.status)")
        client.cookie = sessionCookie(res) ?? client.cookie
        let home = try await client.send(.GET, "/")
        client.csrf = csrfToken(home.body.string)
        return client
    }

    struct Token: Decodable { var token: String }
}

func sessionCookie(_ res: TestingHTTPResponse) -> String? {
    res.headers[.setCookie].first { $0.hasPrefix("thidua_session=") }.map { String($0.split(separator: ";")[0]) }
}

func csrfToken(_ html: String) -> String? {
    guard let range = html.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) else { return nil }
    return String(html[range]).components(separatedBy: "value=\"")[1].dropLast().description
}

/// A person of a demo unit, found through the store.
func demoPerson(_ app: Application, unit code: String) async throws -> Person {
    let unit = try #require(try await app.store.units.find(code: code))
    let rows = try await app.store.people.list(PeopleFilter(query: ListQuery(perPage: 1), unitID: unit.id))
    return try #require(rows.items.first?.person)
}

/// Serves the app on a free loopback port for the length of `body`, which gets the base URL. Unlike
/// `testing(method: .running)`, which starts and stops a server around each request, this takes
/// concurrent requests.
func withRunningServer<T>(_ app: Application, _ body: (String) async throws -> T) async throws -> T {
    try await app.server.start(address: .hostname("127.0.0.1", port: 0))
    do {
        let port = try #require(app.http.server.shared.localAddress?.port)
        let result = try await body("http://127.0.0.1:\(port)")
        await app.server.shutdown()
        return result
    } catch {
        await app.server.shutdown()
        throw error
    }
}

extension Client {
    /// A request to a server started by `withRunningServer`, for answers larger than the running tester's
    /// 1 MB; redirects are followed.
    func live(
        _ method: HTTPMethod, _ base: String, _ url: String, form: [String: String]? = nil, rawBody: String? = nil
    ) async throws -> ClientResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        if let cookie { headers.replaceOrAdd(name: .cookie, value: cookie) }
        return try await app.client.send(method, headers: headers, to: URI(string: base + url)) { req in
            if var form {
                if let csrf, form[CSRF.field] == nil { form[CSRF.field] = csrf }
                var c = URLComponents()
                c.queryItems = form.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
                req.body = ByteBuffer(string: (c.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B"))
                req.headers.contentType = .urlEncodedForm
            }
            if let rawBody {
                req.body = ByteBuffer(string: rawBody)
                req.headers.contentType = .json
            }
        }
    }
}
