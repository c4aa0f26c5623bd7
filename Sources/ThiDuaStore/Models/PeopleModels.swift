import FluentKit
import Foundation
import ThiDuaCore

final class PersonModel: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Field(key: "full_name") var fullName: String
    @Field(key: "gender") var gender: String
    @Field(key: "category") var category: String
    @OptionalField(key: "birth_year") var birthYear: Int?
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "position") var position: String
    @Field(key: "status") var status: String
    @Field(key: "search_key") var searchKey: String
    @Field(key: "sort_key") var sortKey: String
    @Field(key: "version") var version: Int

    init() {}

    init(_ p: Person) {
        id = p.id
        fullName = p.fullName
        gender = p.gender.rawValue
        category = p.category.rawValue
        birthYear = p.birthYear
        unitID = p.unitID
        position = p.position
        status = p.status.rawValue
        searchKey = VietnameseText.searchKey(p.fullName)
        sortKey = VietnameseText.nameSortKey(p.fullName)
        version = p.version
    }

    var core: Person {
        get throws {
            Person(
                id: id!, fullName: fullName, gender: try stored(gender, Self.schema, "gender"),
                category: try stored(category, Self.schema, "category"), birthYear: birthYear, unitID: unitID,
                position: position, status: try stored(status, Self.schema, "status"),
                version: version)
        }
    }
}

final class PersonAssignmentModel: Model, @unchecked Sendable {
    static let schema = "person_assignments"

    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "position") var position: String
    @Field(key: "from_date") var fromDate: String
    @OptionalField(key: "to_date") var toDate: String?

    init() {}

    init(personID: UUID, unitID: UUID, position: String, from: LocalDate) {
        self.id = UUID()
        self.personID = personID
        self.unitID = unitID
        self.position = position
        self.fromDate = from.iso
        self.toDate = nil
    }
}
