import FluentKit

final class OrganizationSettingModel: Model, @unchecked Sendable {
    static let schema = "organization_settings"

    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "value") var value: String
    @Field(key: "version") var version: Int
    @Field(key: "schema") var schema: Int

    init() {}

    init(key: String, value: String, version: Int, schema: Int) {
        self.id = key
        self.value = value
        self.version = version
        self.schema = schema
    }
}
