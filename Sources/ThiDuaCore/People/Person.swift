import Foundation

/// Cán bộ, công chức, viên chức, người lao động: a person on a unit's roll.
public struct Person: Identifiable, Hashable, Sendable, Codable {
    public enum Gender: String, CaseIterable, Sendable, Codable {
        case male, female

        public var vietnamese: String { self == .male ? "Nam" : "Nữ" }
    }

    public enum Status: String, CaseIterable, Sendable, Codable {
        case working, retired, moved

        public var vietnamese: String {
            switch self {
            case .working: return "Đang công tác"
            case .retired: return "Đã nghỉ hưu"
            case .moved: return "Đã chuyển công tác"
            }
        }
    }

    /// Who the person is in the law's eyes: the standards of some titles differ (Law 06/2022 Art. 24;
    /// the 2013 law Art. 24(3)). Public employee unless told otherwise.
    public enum Category: String, CaseIterable, Sendable, Codable {
        case civilServant, publicEmployee, worker, farmer, cooperativeMember, other

        public var vietnamese: String {
            switch self {
            case .civilServant: return "Cán bộ, công chức"
            case .publicEmployee: return "Viên chức"
            case .worker: return "Công nhân, người lao động"
            case .farmer: return "Nông dân"
            case .cooperativeMember: return "Thành viên hợp tác xã"
            case .other: return "Khác"
            }
        }

        /// Workers, farmers and cooperative members outside the civil service earn Lao động tiên tiến by
        /// productive work, not by an annual rating.
        public var earnsByProductiveWork: Bool { self == .worker || self == .farmer || self == .cooperativeMember }
    }

    public var id: UUID
    public var fullName: String
    public var gender: Gender
    public var category: Category
    public var birthYear: Int?
    public var unitID: UUID
    public var position: String
    public var status: Status
    public var version: Int

    public init(
        id: UUID = UUID(), fullName: String, gender: Gender, category: Category = .publicEmployee,
        birthYear: Int? = nil, unitID: UUID, position: String = "", status: Status = .working, version: Int = 1
    ) {
        self.id = id
        self.fullName = fullName
        self.gender = gender
        self.category = category
        self.birthYear = birthYear
        self.unitID = unitID
        self.position = position
        self.status = status
        self.version = version
    }
}

/// What a form or JSON body may set on a person. The unit changes only through a move.
public struct PersonDraft: Sendable, Hashable, Codable {
    public var fullName: String
    public var gender: String
    public var birthYear: Int?
    public var unitID: UUID?
    public var position: String
    public var status: String?
    /// Empty: public employee.
    public var category: String

    public init(
        fullName: String, gender: String, birthYear: Int? = nil, unitID: UUID? = nil,
        position: String = "", status: String? = nil, category: String = ""
    ) {
        self.fullName = fullName
        self.gender = gender
        self.category = category
        self.birthYear = birthYear
        self.unitID = unitID
        self.position = position
        self.status = status
    }

    private enum CodingKeys: String, CodingKey {
        case fullName, gender, birthYear, unitID, position, status, category
    }

    /// Optional fields may be left out of a JSON body.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            fullName: try c.decodeIfPresent(String.self, forKey: .fullName) ?? "",
            gender: try c.decodeIfPresent(String.self, forKey: .gender) ?? "",
            birthYear: try c.decodeIfPresent(Int.self, forKey: .birthYear),
            unitID: try c.decodeIfPresent(UUID.self, forKey: .unitID),
            position: try c.decodeIfPresent(String.self, forKey: .position) ?? "",
            status: try c.decodeIfPresent(String.self, forKey: .status),
            category: try c.decodeIfPresent(String.self, forKey: .category) ?? "")
    }

    public func validated(
        id: UUID = UUID(), unitID fallbackUnit: UUID? = nil, version: Int = 1,
        currentYear: Int = LocalDate.today().year
    ) throws -> Person {
        var errors: [FieldError] = []
        let name = VietnameseText.normalized(fullName)
        if name.isEmpty {
            errors.append(FieldError("fullName", "Họ và tên không được để trống."))
        } else if name.split(separator: " ").count < 2 {
            errors.append(FieldError("fullName", "Hãy nhập đủ họ và tên (ít nhất hai từ)."))
        }
        if name.count > 120 { errors.append(FieldError("fullName", "Họ và tên dài quá 120 ký tự.")) }
        if name.contains(where: { $0.isNumber }) {
            errors.append(FieldError("fullName", "Họ và tên không được chứa chữ số."))
        }
        let gender = Person.Gender(rawValue: self.gender)
        if gender == nil { errors.append(FieldError("gender", "Hãy chọn giới tính.")) }
        if let y = birthYear, !(1900...(currentYear - 14)).contains(y) {
            errors.append(FieldError("birthYear", "Năm sinh phải từ 1900 đến \(currentYear - 14)."))
        }
        let unit = unitID ?? fallbackUnit
        if unit == nil { errors.append(FieldError("unitID", "Hãy chọn đơn vị công tác.")) }
        let position = VietnameseText.normalized(self.position)
        if position.count > 200 { errors.append(FieldError("position", "Chức vụ dài quá 200 ký tự.")) }
        var status = Person.Status.working
        if let raw = self.status, !raw.isEmpty {
            if let s = Person.Status(rawValue: raw) {
                status = s
            } else {
                errors.append(FieldError("status", "Trạng thái không hợp lệ."))
            }
        }
        let category = category.isEmpty ? Person.Category.publicEmployee : Person.Category(rawValue: category)
        if category == nil { errors.append(FieldError("category", "Đối tượng không hợp lệ.")) }
        guard errors.isEmpty, let gender, let unit, let category else { throw DomainError.invalid(errors) }
        return Person(
            id: id, fullName: name, gender: gender, category: category, birthYear: birthYear, unitID: unit,
            position: position, status: status, version: version)
    }
}

/// A period a person held a position in a unit. Moving a person closes one and opens the next.
public struct PersonAssignment: Hashable, Sendable, Codable {
    public var unitID: UUID
    public var unitName: String
    public var position: String
    public var from: LocalDate
    public var to: LocalDate?

    public init(unitID: UUID, unitName: String, position: String, from: LocalDate, to: LocalDate? = nil) {
        self.unitID = unitID
        self.unitName = unitName
        self.position = position
        self.from = from
        self.to = to
    }
}

/// A request to move a person to another unit on a given day.
public struct PersonMove: Sendable, Hashable, Codable {
    public var toUnitID: UUID
    public var position: String
    public var on: LocalDate

    public init(toUnitID: UUID, position: String, on: LocalDate) {
        self.toUnitID = toUnitID
        self.position = VietnameseText.normalized(position)
        self.on = on
    }
}
