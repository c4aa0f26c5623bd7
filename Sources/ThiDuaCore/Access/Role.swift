/// What an account may do. Each account also has a scope: its unit or its bloc.
public enum Role: String, CaseIterable, Sendable, Codable {
    case admin, blocSecretary, unitOfficer, councilMember, leader

    public var vietnamese: String {
        switch self {
        case .admin: return "Quản trị"
        case .blocSecretary: return "Thư ký khối thi đua"
        case .unitOfficer: return "Cán bộ thi đua đơn vị"
        case .councilMember: return "Thành viên Hội đồng"
        case .leader: return "Lãnh đạo"
        }
    }

    /// The command-line spelling, e.g. `--role bloc-secretary`.
    public var cliName: String {
        switch self {
        case .admin: return "admin"
        case .blocSecretary: return "bloc-secretary"
        case .unitOfficer: return "unit-officer"
        case .councilMember: return "council-member"
        case .leader: return "leader"
        }
    }

    /// A unit officer acts for a unit, a bloc secretary for a bloc: their accounts need one.
    public var needsUnit: Bool { self == .unitOfficer }
    public var needsBloc: Bool { self == .blocSecretary }

    /// `thidua user create --role admin` needs no username: the first admin is "admin".
    public var defaultUsername: String? { self == .admin ? "admin" : nil }

    public init?(cliName: String) {
        guard let r = Role.allCases.first(where: { $0.cliName == cliName || $0.rawValue == cliName }) else {
            return nil
        }
        self = r
    }
}
