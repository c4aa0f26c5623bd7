/// Port for the organization's settings: small JSON documents by key, versioned so that two admins
/// editing at once cannot overwrite each other. Use cases read and write them through a `SettingKey`.
public protocol SettingsRepository: Sendable {
    /// The stored document and its version; nil when never saved (the defaults apply).
    func load(_ key: String) async throws -> StoredSetting?
    /// Saves the document, written under `schema`, if `expectedVersion` is the current one (0 for the first
    /// save); returns the new version.
    func save(_ key: String, json: String, schema: Int, expectedVersion: Int) async throws -> Int
}

public struct StoredSetting: Sendable, Hashable {
    public var json: String
    public var version: Int
    /// The shape of `json` (`SettingKey.schema`).
    public var schema: Int

    public init(json: String, version: Int, schema: Int) {
        self.json = json
        self.version = version
        self.schema = schema
    }
}
