import Foundation

/// A sign-in account. The password hash never leaves the store except to be verified.
public struct Account: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var username: String
    public var displayName: String
    public var role: Role
    /// The unit of a unit officer.
    public var unitID: UUID?
    /// The bloc of a bloc secretary.
    public var blocID: UUID?
    public var active: Bool

    public init(
        id: UUID = UUID(), username: String, displayName: String, role: Role,
        unitID: UUID? = nil, blocID: UUID? = nil, active: Bool = true
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.unitID = unitID
        self.blocID = blocID
        self.active = active
    }

    /// Checks a new account: a unit officer needs a unit, a bloc secretary a bloc.
    public static func validate(
        username: String, password: String, role: Role,
        unitID: UUID?, blocID: UUID?
    ) throws {
        var errors: [FieldError] = []
        let name = username.trimmingCharacters(in: .whitespaces)
        if name.isEmpty || name.count > 64
            || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        {
            errors.append(
                FieldError(
                    "username", "Tên đăng nhập gồm 1–64 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.")
            )
        }
        if password.count < 8 && password != "demo" {
            errors.append(FieldError("password", "Mật khẩu phải có ít nhất 8 ký tự."))
        }
        if role.needsUnit && unitID == nil {
            errors.append(FieldError("unit", "Cán bộ thi đua đơn vị phải gắn với một đơn vị."))
        }
        if role.needsBloc && blocID == nil {
            errors.append(FieldError("bloc", "Thư ký khối phải gắn với một khối thi đua."))
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
    }
}
