import Foundation

/// A setting of the organization: its stored name, the type it decodes to, its defaults, and the schema its JSON
/// follows. A setting that is stored but does not decode, or was written under another schema, is an error
/// (`DomainError.unreadable`): replacing it with the defaults would silently reset, say, the legal quotas.
public struct SettingKey<Value: Codable & Sendable>: Sendable {
    public let name: String
    /// What an administrator calls it, in messages.
    public let label: String
    /// Raised with a migration that rewrites the stored rows whenever `Value` changes incompatibly.
    public let schema: Int
    public let defaults: Value

    public init(_ name: String, label: String, schema: Int, defaults: Value) {
        self.name = name
        self.label = label
        self.schema = schema
        self.defaults = defaults
    }
}

extension SettingKey where Value == EligibilitySettings {
    public static let eligibility = SettingKey(
        "eligibility", label: "Cài đặt xét điều kiện", schema: 1, defaults: .defaults)
}

extension SettingKey where Value == RewardSettings {
    public static let rewards = SettingKey(
        "rewards", label: "Mức lương cơ sở và hệ số tiền thưởng", schema: 1, defaults: .defaults)
}

extension SettingKey where Value == DocumentSettings {
    public static let documents = SettingKey("documents", label: "Cài đặt văn bản", schema: 1, defaults: .defaults)
}

extension SettingsRepository {
    /// The setting and its version; the defaults with version 0 when it was never saved.
    public func load<Value>(_ key: SettingKey<Value>) async throws -> (value: Value, version: Int) {
        guard let stored = try await load(key.name) else { return (key.defaults, 0) }
        guard stored.schema == key.schema else {
            throw DomainError.unreadable(
                "\(key.label): lưu theo phiên bản \(stored.schema), hệ thống này đọc phiên bản \(key.schema)")
        }
        do {
            return (try JSONDecoder().decode(Value.self, from: Data(stored.json.utf8)), stored.version)
        } catch {
            throw DomainError.unreadable("\(key.label): \(error)")
        }
    }

    /// Saves the setting if `expectedVersion` is the stored one (0 for the first save); returns the new version.
    public func save<Value>(_ key: SettingKey<Value>, _ value: Value, expectedVersion: Int) async throws -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try await save(
            key.name, json: String(decoding: try encoder.encode(value), as: UTF8.self), schema: key.schema,
            expectedVersion: expectedVersion)
    }
}
