import Foundation
import Testing

@testable import ThiDuaCore

/// `Configuration.fromEnvironment` with an explicit environment, directory and secret, so no test
/// depends on the machine it runs on.
@Suite struct ConfigurationTests {

    private static let fixedSecret = "test-secret-0123456789abcdef0123456789"
    private static let longSecret = String(repeating: "s", count: 40)

    private func load(_ env: [String: String], currentDirectory: String = "/srv/cwd") throws -> Configuration {
        try Configuration.fromEnvironment(env, currentDirectory: currentDirectory, randomSecret: { Self.fixedSecret })
    }

    // MARK: database

    @Test func defaultIsSQLiteInCurrentDirectory() throws {
        // setup
        let env: [String: String] = [:]
        // MUT
        let config = try load(env, currentDirectory: "/srv/cwd")
        // validation
        #expect(config.database == .sqlite(path: "/srv/cwd/thidua.sqlite"))
        #expect(config.dataDirectory == "/srv/cwd")
    }

    @Test func defaultSQLiteFileLivesInDataDirectory() throws {
        // setup
        let env = ["THIDUA_DATA_DIR": "/var/lib/thidua"]
        // MUT
        let config = try load(env, currentDirectory: "/srv/cwd")
        // validation
        #expect(config.database == .sqlite(path: "/var/lib/thidua/thidua.sqlite"))
        #expect(config.dataDirectory == "/var/lib/thidua")
    }

    @Test func blankDataDirectoryFallsBackToCurrentDirectory() throws {
        // setup
        let env = ["THIDUA_DATA_DIR": "   "]
        // MUT
        let config = try load(env, currentDirectory: "/srv/cwd")
        // validation
        #expect(config.dataDirectory == "/srv/cwd")
        #expect(config.database == .sqlite(path: "/srv/cwd/thidua.sqlite"))
    }

    @Test func relativeSQLiteURLIsInsideDataDirectory() throws {
        // setup
        let env = ["THIDUA_DATA_DIR": "/var/lib/thidua", "DATABASE_URL": "sqlite://x.db"]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.database == .sqlite(path: "/var/lib/thidua/x.db"))
    }

    @Test func absoluteSQLiteURLIsKeptAsIs() throws {
        // setup
        let env = ["THIDUA_DATA_DIR": "/var/lib/thidua", "DATABASE_URL": "sqlite:///tmp/other/app.sqlite"]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.database == .sqlite(path: "/tmp/other/app.sqlite"))
        #expect(config.dataDirectory == "/var/lib/thidua")
    }

    @Test func emptySQLitePathMeansDefaultFile() throws {
        // setup
        let env = ["THIDUA_DATA_DIR": "/data", "DATABASE_URL": "sqlite://"]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.database == .sqlite(path: "/data/thidua.sqlite"))
    }

    @Test(arguments: [
        "postgres://thidua:secret@db.example.vn:5432/thidua",
        "postgresql://thidua@localhost/thidua_test",
    ])
    func postgresURLsSelectPostgres(url: String) throws {
        // setup
        let env = ["DATABASE_URL": url]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.database == .postgres(url: url))
    }

    @Test func unknownSchemeThrowsUnsupportedDatabaseURL() {
        // setup
        let env = ["DATABASE_URL": "mysql://root@localhost/thidua"]
        // MUT
        // validation
        #expect(throws: Configuration.Problem.unsupportedDatabaseURL("mysql")) {
            try load(env)
        }
    }

    // MARK: log level

    @Test func logLevelDefaultsToInfo() throws {
        // setup
        let env: [String: String] = [:]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.logLevel == "info")
    }

    @Test func logLevelIsCaseInsensitiveAndStoredLowercase() throws {
        // setup
        let env = ["LOG_LEVEL": "DEBUG"]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.logLevel == "debug")
    }

    @Test func invalidLogLevelThrows() {
        // setup
        let env = ["LOG_LEVEL": "Verbose"]
        // MUT
        // validation
        #expect(throws: Configuration.Problem.badLogLevel("verbose")) {
            try load(env)
        }
    }

    // MARK: upload limit

    @Test func uploadLimitDefaultsTo20MegabytesInBytes() throws {
        // setup
        let env: [String: String] = [:]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.uploadLimitBytes == 20_971_520)
    }

    @Test func customUploadLimitIsConvertedToBytes() throws {
        // setup
        let env = ["THIDUA_UPLOAD_LIMIT_MB": "5"]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.uploadLimitBytes == 5 * 1024 * 1024)
    }

    @Test(arguments: ["abc", "0", "-3", "2.5"])
    func invalidUploadLimitThrows(raw: String) {
        // setup
        let env = ["THIDUA_UPLOAD_LIMIT_MB": raw]
        // MUT
        // validation
        #expect(throws: Configuration.Problem.badNumber(key: "THIDUA_UPLOAD_LIMIT_MB", value: raw)) {
            try load(env)
        }
    }

    // MARK: session secret

    @Test func missingSecretUsesRandomOneAndIsEphemeral() throws {
        // setup
        let env: [String: String] = [:]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.sessionSecret == Self.fixedSecret)
        #expect(config.sessionSecretIsEphemeral)
    }

    @Test func givenSecretIsUsedAndNotEphemeral() throws {
        // setup
        let env = ["THIDUA_SESSION_SECRET": Self.longSecret]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.sessionSecret == Self.longSecret)
        #expect(!config.sessionSecretIsEphemeral)
    }

    @Test func secretOfExactly32CharactersIsAccepted() throws {
        // setup
        let secret = String(repeating: "k", count: 32)
        // MUT
        let config = try load(["THIDUA_SESSION_SECRET": secret])
        // validation
        #expect(config.sessionSecret == secret)
    }

    @Test func shortSecretThrows() {
        // setup
        let env = ["THIDUA_SESSION_SECRET": String(repeating: "k", count: 31)]
        // MUT
        // validation
        #expect(throws: Configuration.Problem.secretTooShort) {
            try load(env)
        }
    }

    @Test func makeRandomSecretIs64HexCharactersAndVaries() {
        // setup
        let hex = Set("0123456789abcdef")
        // MUT
        let a = Configuration.makeRandomSecret()
        let b = Configuration.makeRandomSecret()
        // validation
        #expect(a.count == 64)
        #expect(a.allSatisfy { hex.contains($0) })
        #expect(a != b)
    }

    // MARK: secure cookies

    @Test(arguments: [
        ("1", true), ("true", true), ("TRUE", true), ("yes", true),
        ("0", false), ("false", false), ("no", false), ("", false),
    ])
    func secureCookiesFlag(raw: String, expected: Bool) throws {
        // setup
        let env = ["THIDUA_SECURE_COOKIES": raw]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.secureCookies == expected)
    }

    @Test func secureCookiesDefaultsToFalse() throws {
        // setup
        let env: [String: String] = [:]
        // MUT
        let config = try load(env)
        // validation
        #expect(config.secureCookies == false)
    }

    // MARK: messages

    @Test(arguments: [
        (Configuration.Problem.unsupportedDatabaseURL("mysql"), "DATABASE_URL"),
        (Configuration.Problem.badNumber(key: "THIDUA_UPLOAD_LIMIT_MB", value: "abc"), "THIDUA_UPLOAD_LIMIT_MB"),
        (Configuration.Problem.badLogLevel("verbose"), "LOG_LEVEL"),
        (Configuration.Problem.secretTooShort, "THIDUA_SESSION_SECRET"),
    ])
    func problemDescriptionIsVietnameseAndNamesTheVariable(problem: Configuration.Problem, variable: String) {
        // setup
        // MUT
        let text = problem.description
        // validation
        #expect(text.contains(variable))
        #expect(hasVietnameseDiacritic(text), "\(text)")
    }

    @Test func problemDescriptionsRepeatTheBadValue() {
        // setup
        // MUT
        let scheme = Configuration.Problem.unsupportedDatabaseURL("mysql").description
        let number = Configuration.Problem.badNumber(key: "THIDUA_UPLOAD_LIMIT_MB", value: "abc").description
        let level = Configuration.Problem.badLogLevel("verbose").description
        // validation
        #expect(scheme.contains("mysql"))
        #expect(number.contains("abc"))
        #expect(level.contains("verbose"))
        #expect(level.contains("warning"))  // lists the accepted levels
    }
}

/// True when the text has at least one Vietnamese letter with a diacritic (a tone or vowel mark, or đ).
private func hasVietnameseDiacritic(_ text: String) -> Bool {
    let vietnameseMarks: Set<UInt32> = [
        0x0300, 0x0301, 0x0303, 0x0309, 0x0323,  // tones
        0x0302, 0x0306, 0x031B,
    ]  // â ê ô, ă, ơ ư
    let scalars = text.decomposedStringWithCanonicalMapping.unicodeScalars
    return scalars.contains { vietnameseMarks.contains($0.value) || $0 == "\u{0111}" || $0 == "\u{0110}" }
}
