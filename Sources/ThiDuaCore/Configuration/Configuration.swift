import Foundation

/// All settings, read once from the environment at start (pointfreeco style: one struct).
public struct Configuration: Sendable, Equatable {
    public enum Database: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public var database: Database
    public var dataDirectory: String
    public var logLevel: String
    /// Signs CSRF tokens. Never logged.
    public var sessionSecret: String
    /// False when no secret was given: a random one is used and forms die with a restart.
    public var sessionSecretIsEphemeral: Bool
    public var uploadLimitBytes: Int
    /// Send cookies only over HTTPS (set behind a TLS proxy).
    public var secureCookies: Bool
    /// Addresses of the reverse proxies whose `X-Forwarded-For` is believed; none by default.
    public var trustedProxies: [String]
    /// The site's public address (`https://thidua.example.vn`), for links that leave the site (the Atom feed).
    public var publicURL: String?
    /// Signs the audit log's checkpoints (HMAC-SHA256). No checkpoints are written without it.
    public var auditKey: String?
    /// How many heavy jobs (imports, exports, sweeps, documents, eligibility requests) run at once.
    public var heavyJobs: Int
    /// How long a SQLite write waits for another process's write (an import) before it gives up.
    public var sqliteBusyTimeoutMilliseconds: Int

    public static let environmentKeys = [
        "DATABASE_URL", "THIDUA_DATA_DIR", "LOG_LEVEL", "THIDUA_SESSION_SECRET",
        "THIDUA_UPLOAD_LIMIT_MB", "THIDUA_SECURE_COOKIES", "THIDUA_TRUSTED_PROXIES", "THIDUA_PUBLIC_URL",
        "THIDUA_AUDIT_KEY", "THIDUA_HEAVY_JOBS", "THIDUA_SQLITE_BUSY_TIMEOUT_MS",
    ]

    public init(
        database: Database, dataDirectory: String, logLevel: String = "info",
        sessionSecret: String, sessionSecretIsEphemeral: Bool = false,
        uploadLimitBytes: Int = 20 * 1024 * 1024, secureCookies: Bool = false, trustedProxies: [String] = [],
        publicURL: String? = nil, auditKey: String? = nil, heavyJobs: Int = 2,
        sqliteBusyTimeoutMilliseconds: Int = 10_000
    ) {
        self.database = database
        self.dataDirectory = dataDirectory
        self.logLevel = logLevel
        self.sessionSecret = sessionSecret
        self.sessionSecretIsEphemeral = sessionSecretIsEphemeral
        self.uploadLimitBytes = uploadLimitBytes
        self.secureCookies = secureCookies
        self.trustedProxies = trustedProxies
        self.publicURL = publicURL
        self.auditKey = auditKey
        self.heavyJobs = heavyJobs
        self.sqliteBusyTimeoutMilliseconds = sqliteBusyTimeoutMilliseconds
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unsupportedDatabaseURL(String)
        case badNumber(key: String, value: String)
        case badLogLevel(String)
        case secretTooShort
        case auditKeyTooShort
        case badPublicURL(String)

        public var description: String {
            switch self {
            case .unsupportedDatabaseURL(let scheme):
                return
                    "DATABASE_URL không hợp lệ (\(scheme)). Dùng sqlite://ĐƯỜNG_DẪN hoặc postgres://người_dùng:mật_khẩu@máy:cổng/csdl."
            case .badNumber(let key, let value):
                return "\(key)=\(value) không phải là số nguyên dương."
            case .badLogLevel(let value):
                return
                    "LOG_LEVEL=\(value) không hợp lệ. Dùng một trong: \(Configuration.logLevels.joined(separator: ", "))."
            case .secretTooShort:
                return "THIDUA_SESSION_SECRET phải dài ít nhất 32 ký tự."
            case .auditKeyTooShort:
                return "THIDUA_AUDIT_KEY phải dài ít nhất 32 ký tự."
            case .badPublicURL(let value):
                return
                    "THIDUA_PUBLIC_URL=\(value) không hợp lệ. Dùng dạng https://ten-mien (không có đường dẫn phía sau)."
            }
        }
    }

    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// Reads the settings. `randomSecret` is only used when THIDUA_SESSION_SECRET is unset.
    public static func fromEnvironment(
        _ env: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        randomSecret: () -> String = Configuration.makeRandomSecret
    ) throws -> Configuration {
        let dataDir = nonEmpty(env["THIDUA_DATA_DIR"]) ?? currentDirectory
        let database: Database
        if let url = nonEmpty(env["DATABASE_URL"]) {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                database = .postgres(url: url)
            } else if url.hasPrefix("sqlite://") {
                let path = String(url.dropFirst("sqlite://".count))
                database = .sqlite(
                    path: path.isEmpty
                        ? dataDir + "/thidua.sqlite"
                        : (path.hasPrefix("/") ? path : dataDir + "/" + path))
            } else {
                let scheme = url.split(separator: ":").first.map(String.init) ?? url
                throw Problem.unsupportedDatabaseURL(scheme)
            }
        } else {
            database = .sqlite(path: dataDir + "/thidua.sqlite")
        }
        let level = (nonEmpty(env["LOG_LEVEL"]) ?? "info").lowercased()
        guard logLevels.contains(level) else { throw Problem.badLogLevel(level) }
        var limit = 20 * 1024 * 1024
        if let raw = nonEmpty(env["THIDUA_UPLOAD_LIMIT_MB"]) {
            guard let mb = Int(raw), (1...1_000_000).contains(mb) else {
                throw Problem.badNumber(key: "THIDUA_UPLOAD_LIMIT_MB", value: raw)
            }
            limit = mb * 1024 * 1024
        }
        let secret = nonEmpty(env["THIDUA_SESSION_SECRET"])
        if let secret, secret.count < 32 { throw Problem.secretTooShort }
        let auditKey = nonEmpty(env["THIDUA_AUDIT_KEY"])
        if let auditKey, auditKey.count < 32 { throw Problem.auditKeyTooShort }
        var publicURL = nonEmpty(env["THIDUA_PUBLIC_URL"])
        if let raw = publicURL {
            while publicURL?.hasSuffix("/") == true { publicURL?.removeLast() }
            guard let url = URL(string: raw), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                url.host != nil,
                url.query == nil, url.fragment == nil, url.path.isEmpty || url.path == "/"
            else {
                throw Problem.badPublicURL(raw)
            }
        }
        let proxies = (nonEmpty(env["THIDUA_TRUSTED_PROXIES"]) ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Configuration(
            database: database, dataDirectory: dataDir, logLevel: level,
            sessionSecret: secret ?? randomSecret(), sessionSecretIsEphemeral: secret == nil,
            uploadLimitBytes: limit,
            secureCookies: ["1", "true", "yes"].contains(nonEmpty(env["THIDUA_SECURE_COOKIES"])?.lowercased() ?? ""),
            trustedProxies: proxies, publicURL: publicURL, auditKey: auditKey,
            heavyJobs: try number(env, "THIDUA_HEAVY_JOBS", default: 2, range: 1...64),
            sqliteBusyTimeoutMilliseconds: try number(
                env, "THIDUA_SQLITE_BUSY_TIMEOUT_MS", default: 10_000, range: 0...600_000))
    }

    public static func makeRandomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    private static func number(_ env: [String: String], _ key: String, default value: Int, range: ClosedRange<Int>)
        throws -> Int
    {
        guard let raw = nonEmpty(env[key]) else { return value }
        guard let n = Int(raw), range.contains(n) else { throw Problem.badNumber(key: key, value: raw) }
        return n
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        return s
    }
}
