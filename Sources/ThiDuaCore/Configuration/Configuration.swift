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

    public static let environmentKeys = [
        "DATABASE_URL", "THIDUA_DATA_DIR", "LOG_LEVEL", "THIDUA_SESSION_SECRET",
        "THIDUA_UPLOAD_LIMIT_MB", "THIDUA_SECURE_COOKIES",
    ]

    public init(database: Database, dataDirectory: String, logLevel: String = "info",
                sessionSecret: String, sessionSecretIsEphemeral: Bool = false,
                uploadLimitBytes: Int = 20 * 1024 * 1024, secureCookies: Bool = false) {
        self.database = database
        self.dataDirectory = dataDirectory
        self.logLevel = logLevel
        self.sessionSecret = sessionSecret
        self.sessionSecretIsEphemeral = sessionSecretIsEphemeral
        self.uploadLimitBytes = uploadLimitBytes
        self.secureCookies = secureCookies
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unsupportedDatabaseURL(String)
        case badNumber(key: String, value: String)
        case badLogLevel(String)
        case secretTooShort

        public var description: String {
            switch self {
            case .unsupportedDatabaseURL(let scheme):
                return "DATABASE_URL không hợp lệ (\(scheme)). Dùng sqlite://ĐƯỜNG_DẪN hoặc postgres://người_dùng:mật_khẩu@máy:cổng/csdl."
            case .badNumber(let key, let value):
                return "\(key)=\(value) không phải là số nguyên dương."
            case .badLogLevel(let value):
                return "LOG_LEVEL=\(value) không hợp lệ. Dùng một trong: \(Configuration.logLevels.joined(separator: ", "))."
            case .secretTooShort:
                return "THIDUA_SESSION_SECRET phải dài ít nhất 32 ký tự."
            }
        }
    }

    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// Reads the settings. `randomSecret` is only used when THIDUA_SESSION_SECRET is unset.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment,
                                       currentDirectory: String = FileManager.default.currentDirectoryPath,
                                       randomSecret: () -> String = Configuration.makeRandomSecret) throws -> Configuration {
        let dataDir = nonEmpty(env["THIDUA_DATA_DIR"]) ?? currentDirectory
        let database: Database
        if let url = nonEmpty(env["DATABASE_URL"]) {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                database = .postgres(url: url)
            } else if url.hasPrefix("sqlite://") {
                let path = String(url.dropFirst("sqlite://".count))
                database = .sqlite(path: path.isEmpty ? dataDir + "/thidua.sqlite"
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
            guard let mb = Int(raw), (1...1_000_000).contains(mb) else { throw Problem.badNumber(key: "THIDUA_UPLOAD_LIMIT_MB", value: raw) }
            limit = mb * 1024 * 1024
        }
        let secret = nonEmpty(env["THIDUA_SESSION_SECRET"])
        if let secret, secret.count < 32 { throw Problem.secretTooShort }
        return Configuration(
            database: database, dataDirectory: dataDir, logLevel: level,
            sessionSecret: secret ?? randomSecret(), sessionSecretIsEphemeral: secret == nil,
            uploadLimitBytes: limit,
            secureCookies: ["1", "true", "yes"].contains(nonEmpty(env["THIDUA_SECURE_COOKIES"])?.lowercased() ?? ""))
    }

    public static func makeRandomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        return s
    }
}
