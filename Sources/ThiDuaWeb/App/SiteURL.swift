import Foundation
import ThiDuaCore
import Vapor

/// A path parameter: `.key` when registering a route, `.value` when linking to it.
enum Parameter<T: Sendable>: Sendable {
    case key
    case value(T)
}

/// Every page of the site, as typed paths (SwiftPackageIndex-Server style): no string literals in links.
enum SiteURL: Sendable {
    case home
    case signIn
    case signOut
    case stylesheet
    case units
    case unitNew
    case unit(Parameter<UUID>)
    case unitEdit(Parameter<UUID>)
    case unitDeactivate(Parameter<UUID>)
    case blocs
    case blocNew
    case bloc(Parameter<UUID>)
    case blocEdit(Parameter<UUID>)
    case blocDeactivate(Parameter<UUID>)
    case blocMembers(Parameter<UUID>)
    case blocCopyYear(Parameter<UUID>)
    case blocMemberRemove(Parameter<UUID>, Parameter<UUID>)
    case blocMemberConfirm(Parameter<UUID>, Parameter<UUID>)
    case people
    case personNew
    case person(Parameter<UUID>)
    case personEdit(Parameter<UUID>)
    case personDeactivate(Parameter<UUID>)
    case personMove(Parameter<UUID>)
    case personHistoryNew(Parameter<UUID>)
    case unitHistoryNew(Parameter<UUID>)
    case historyEdit(Parameter<UUID>)
    case historyWithdraw(Parameter<UUID>)
    case historyRestore(Parameter<UUID>)
    case auditLog
    case awardCodes
    case importData
    case exportData(String)
    case importTemplate(String)
    case eligibility
    case eligibilityExport
    case eligibilitySettings
    case calendar
    case anniversaryToggle(Parameter<UUID>)
    case movements
    case movementNew
    case movement(Parameter<UUID>)
    case movementEdit(Parameter<UUID>)
    case movementStatus(Parameter<UUID>)
    case movementCopy(Parameter<UUID>)
    case movementResults(Parameter<UUID>)
    case movementPlan(Parameter<UUID>)
    case movementBulletinApproval(Parameter<UUID>)
    case movementRegistration(Parameter<UUID>)
    case movementRegistrationsExport(Parameter<UUID>)
    case pact(Parameter<UUID>)
    case pactSign(Parameter<UUID>)
    case pactExport(Parameter<UUID>)
    case exemplaryModels
    case exemplaryModelPublish(Parameter<UUID>)
    case bulletin
    case bulletinFeed
    case bulletinMovement(Parameter<UUID>)
    case bulletinModel(Parameter<UUID>)
    case documentSettings
    case signInLocks

    static let movementKey = "movementID"
    static let anniversaryKey = "anniversaryID"
    static let modelKey = "modelID"
    static let unitKey = "unitID"
    static let blocKey = "blocID"
    static let membershipKey = "membershipID"
    static let personKey = "personID"
    static let entryKey = "entryID"
    static let kindKey = "kind"

    var pathComponents: [PathComponent] {
        func p(_ param: Parameter<UUID>, _ key: String) -> PathComponent {
            switch param {
            case .key: return .parameter(key)
            case .value(let id): return .constant(id.uuidString.lowercased())
            }
        }
        switch self {
        case .home: return []
        case .signIn: return ["dang-nhap"]
        case .signOut: return ["dang-xuat"]
        case .stylesheet: return ["static", "style.css"]
        case .units: return ["don-vi"]
        case .unitNew: return ["don-vi", "moi"]
        case .unit(let id): return ["don-vi", p(id, Self.unitKey)]
        case .unitEdit(let id): return ["don-vi", p(id, Self.unitKey), "sua"]
        case .unitDeactivate(let id): return ["don-vi", p(id, Self.unitKey), "ngung-hoat-dong"]
        case .blocs: return ["khoi-thi-dua"]
        case .blocNew: return ["khoi-thi-dua", "moi"]
        case .bloc(let id): return ["khoi-thi-dua", p(id, Self.blocKey)]
        case .blocEdit(let id): return ["khoi-thi-dua", p(id, Self.blocKey), "sua"]
        case .blocDeactivate(let id): return ["khoi-thi-dua", p(id, Self.blocKey), "giai-the"]
        case .blocMembers(let id): return ["khoi-thi-dua", p(id, Self.blocKey), "thanh-vien"]
        case .blocCopyYear(let id): return ["khoi-thi-dua", p(id, Self.blocKey), "sao-chep-nam"]
        case .blocMemberRemove(let bloc, let m):
            return ["khoi-thi-dua", p(bloc, Self.blocKey), "thanh-vien", p(m, Self.membershipKey), "xoa"]
        case .blocMemberConfirm(let bloc, let m):
            return ["khoi-thi-dua", p(bloc, Self.blocKey), "thanh-vien", p(m, Self.membershipKey), "xac-nhan"]
        case .people: return ["nhan-su"]
        case .personNew: return ["nhan-su", "moi"]
        case .person(let id): return ["nhan-su", p(id, Self.personKey)]
        case .personEdit(let id): return ["nhan-su", p(id, Self.personKey), "sua"]
        case .personDeactivate(let id): return ["nhan-su", p(id, Self.personKey), "ngung-theo-doi"]
        case .personMove(let id): return ["nhan-su", p(id, Self.personKey), "chuyen-don-vi"]
        case .personHistoryNew(let id): return ["nhan-su", p(id, Self.personKey), "qua-trinh", "moi"]
        case .unitHistoryNew(let id): return ["don-vi", p(id, Self.unitKey), "qua-trinh", "moi"]
        case .historyEdit(let id): return ["qua-trinh", p(id, Self.entryKey), "sua"]
        case .historyWithdraw(let id): return ["qua-trinh", p(id, Self.entryKey), "rut"]
        case .historyRestore(let id): return ["qua-trinh", p(id, Self.entryKey), "khoi-phuc"]
        case .auditLog: return ["nhat-ky"]
        case .awardCodes: return ["danh-muc"]
        case .importData: return ["nhap-du-lieu"]
        case .exportData(let kind): return ["xuat-du-lieu", kind.isEmpty ? .parameter(Self.kindKey) : .constant(kind)]
        case .importTemplate(let kind): return ["tep-mau", kind.isEmpty ? .parameter(Self.kindKey) : .constant(kind)]
        case .eligibility: return ["xet-dieu-kien"]
        case .eligibilityExport: return ["xet-dieu-kien", "danh-sach.xlsx"]
        case .eligibilitySettings: return ["xet-dieu-kien", "cai-dat"]
        case .calendar: return ["lich-ky-niem"]
        case .anniversaryToggle(let id): return ["lich-ky-niem", p(id, Self.anniversaryKey), "trang-thai"]
        case .movements: return ["phong-trao"]
        case .movementNew: return ["phong-trao", "moi"]
        case .movement(let id): return ["phong-trao", p(id, Self.movementKey)]
        case .movementEdit(let id): return ["phong-trao", p(id, Self.movementKey), "sua"]
        case .movementStatus(let id): return ["phong-trao", p(id, Self.movementKey), "trang-thai"]
        case .movementCopy(let id): return ["phong-trao", p(id, Self.movementKey), "sao-chep"]
        case .movementResults(let id): return ["phong-trao", p(id, Self.movementKey), "ket-qua"]
        case .movementPlan(let id): return ["phong-trao", p(id, Self.movementKey), "ke-hoach.docx"]
        case .movementBulletinApproval(let id): return ["phong-trao", p(id, Self.movementKey), "duyet-ban-tin"]
        case .movementRegistration(let id): return ["phong-trao", p(id, Self.movementKey), "dang-ky"]
        case .movementRegistrationsExport(let id): return ["phong-trao", p(id, Self.movementKey), "dang-ky.xlsx"]
        case .pact(let id): return ["khoi-thi-dua", p(id, Self.blocKey), "giao-uoc"]
        case .pactSign(let id): return ["khoi-thi-dua", p(id, Self.blocKey), "giao-uoc", "ky"]
        case .pactExport(let id): return ["khoi-thi-dua", p(id, Self.blocKey), "giao-uoc.xlsx"]
        case .exemplaryModels: return ["guong-dien-hinh"]
        case .exemplaryModelPublish(let id): return ["guong-dien-hinh", p(id, Self.modelKey), "cong-bo"]
        case .bulletin: return ["ban-tin"]
        case .bulletinFeed: return ["ban-tin", "atom.xml"]
        case .bulletinMovement(let id): return ["ban-tin", "phong-trao", p(id, Self.movementKey)]
        case .bulletinModel(let id): return ["ban-tin", "guong-dien-hinh", p(id, Self.modelKey)]
        case .documentSettings: return ["cai-dat", "van-ban"]
        case .signInLocks: return ["cai-dat", "khoa-dang-nhap"]
        }
    }

    /// The path to put in links and form actions.
    var path: String {
        "/" + pathComponents.map(\.description).joined(separator: "/")
    }

    /// The path with a query string, values percent-encoded.
    func path(query: [(String, String?)]) -> String {
        var c = URLComponents()
        c.queryItems = query.compactMap { k, v in v.flatMap { $0.isEmpty ? nil : URLQueryItem(name: k, value: $0) } }
        guard let q = c.percentEncodedQuery, !q.isEmpty else { return path }
        return path + "?" + q
    }
}

extension Request {
    /// Reads a UUID path parameter; a malformed one is simply "not found".
    func uuid(_ key: String, what: String) throws -> UUID {
        guard let raw = parameters.get(key), let id = UUID(uuidString: raw) else {
            throw DomainError.notFound(what)
        }
        return id
    }
}
