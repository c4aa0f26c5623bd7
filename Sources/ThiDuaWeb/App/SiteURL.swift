import Foundation
import ThiDuaCore
import Vapor

/// A path parameter: `.key` when registering a route, `.value` when linking to it.
enum Parameter<T: Sendable>: Sendable {
    case key
    case value(T)
}

extension Parameter where T == UUID {
    /// The path component: the route's parameter named `key`, or the id in a link.
    func component(_ key: String) -> PathComponent {
        switch self {
        case .key: return .parameter(key)
        case .value(let id): return .constant(id.uuidString.lowercased())
        }
    }
}

/// Every page of the site, as typed paths (SwiftPackageIndex-Server style): no string literals in links. A
/// record's pages nest under it, by feature: `.movement(.value(id), .registration)`; its own page is the
/// default, `.movement(.value(id))`.
enum SiteURL: Sendable {
    case home
    case signIn
    case signOut
    case stylesheet
    case signInLocks
    case documentSettings

    case units
    case unitNew
    case unit(Parameter<UUID>, Unit = .show)
    case blocs
    case blocNew
    case bloc(Parameter<UUID>, Bloc = .show)
    case people
    case personNew
    case person(Parameter<UUID>, Person = .show)
    case historyEntry(Parameter<UUID>, HistoryEntry)
    case auditLog
    case awardCodes

    case importData
    case exportData(String)
    case importTemplate(String)

    case eligibility
    case eligibilityExport
    case eligibilitySettings
    case rewardSettings

    case calendar
    case anniversary(Parameter<UUID>, Anniversary)
    case movements
    case movementNew
    case movement(Parameter<UUID>, Movement = .show)
    case exemplaryModels
    case exemplaryModel(Parameter<UUID>, ExemplaryModel)

    case bulletin
    case bulletinFeed
    case bulletinMovement(Parameter<UUID>)
    case bulletinModel(Parameter<UUID>)
    case ballot(Parameter<UUID>, Ballot = .show)

    enum Unit: Sendable {
        case show, edit, deactivate, historyNew

        var components: [PathComponent] {
            switch self {
            case .show: return []
            case .edit: return ["sua"]
            case .deactivate: return ["ngung-hoat-dong"]
            case .historyNew: return ["qua-trinh", "moi"]
            }
        }
    }

    enum Bloc: Sendable {
        case show, edit, deactivate, members, copyYear, pact, pactSign, pactExport
        case memberRemove(Parameter<UUID>)
        case memberConfirm(Parameter<UUID>)
        case review, reviewSettings, reviewAssign, reviewResults, reviewResultsExport, reviewDecide, reviewPublish
        case ballotNew
        case criteria, criteriaExport, criteriaCopy, scoringOpen, reviewMeeting, reviewMinutes, reviewNarrative
        case reviewReport
        case assessment(Parameter<UUID>, Assessment = .show)

        var components: [PathComponent] {
            switch self {
            case .show: return []
            case .edit: return ["sua"]
            case .deactivate: return ["giai-the"]
            case .members: return ["thanh-vien"]
            case .copyYear: return ["sao-chep-nam"]
            case .pact: return ["giao-uoc"]
            case .pactSign: return ["giao-uoc", "ky"]
            case .pactExport: return ["giao-uoc.xlsx"]
            case .memberRemove(let m): return ["thanh-vien", m.component(SiteURL.membershipKey), "xoa"]
            case .memberConfirm(let m): return ["thanh-vien", m.component(SiteURL.membershipKey), "xac-nhan"]
            case .review: return ["tong-ket"]
            case .reviewSettings: return ["tong-ket", "cai-dat"]
            case .reviewAssign: return ["tong-ket", "phan-cong"]
            case .reviewResults: return ["tong-ket", "ket-qua"]
            case .reviewResultsExport: return ["tong-ket", "ket-qua.xlsx"]
            case .reviewDecide: return ["tong-ket", "quyet-dinh-diem"]
            case .reviewPublish: return ["tong-ket", "cong-bo"]
            case .ballotNew: return ["tong-ket", "bo-phieu"]
            case .criteria: return ["tong-ket", "tieu-chi"]
            case .criteriaExport: return ["tong-ket", "tieu-chi.xlsx"]
            case .criteriaCopy: return ["tong-ket", "tieu-chi", "sao-chep"]
            case .scoringOpen: return ["tong-ket", "tieu-chi", "mo-cham-diem"]
            case .reviewMeeting: return ["tong-ket", "hoi-nghi"]
            case .reviewMinutes: return ["tong-ket", "bien-ban.docx"]
            case .reviewNarrative: return ["tong-ket", "bao-cao"]
            case .reviewReport: return ["tong-ket", "bao-cao.docx"]
            case .assessment(let u, let page):
                return ["tong-ket", "don-vi", u.component(SiteURL.unitKey)] + page.components
            }
        }
    }

    /// A unit's self-assessment in a bloc's review; the year is in the query (`nam`) or the form.
    enum Assessment: Sendable {
        case show, evidence, evidenceRemove, submit, sendBack, peerScore

        var components: [PathComponent] {
            switch self {
            case .show: return []
            case .evidence: return ["minh-chung"]
            case .evidenceRemove: return ["minh-chung", "xoa"]
            case .submit: return ["nop"]
            case .sendBack: return ["tra-lai"]
            case .peerScore: return ["cham-cheo"]
            }
        }
    }

    enum Ballot: Sendable {
        case show, open, close, cast, paperCount, runoff

        var components: [PathComponent] {
            switch self {
            case .show: return []
            case .open: return ["mo"]
            case .close: return ["dong"]
            case .cast: return ["bau"]
            case .paperCount: return ["kiem-phieu"]
            case .runoff: return ["bo-phieu-lai"]
            }
        }
    }

    enum Person: Sendable {
        case show, edit, deactivate, move, historyNew

        var components: [PathComponent] {
            switch self {
            case .show: return []
            case .edit: return ["sua"]
            case .deactivate: return ["ngung-theo-doi"]
            case .move: return ["chuyen-don-vi"]
            case .historyNew: return ["qua-trinh", "moi"]
            }
        }
    }

    enum HistoryEntry: Sendable {
        case edit, withdraw, restore

        var components: [PathComponent] {
            switch self {
            case .edit: return ["sua"]
            case .withdraw: return ["rut"]
            case .restore: return ["khoi-phuc"]
            }
        }
    }

    enum Anniversary: Sendable {
        case toggle

        var components: [PathComponent] { ["trang-thai"] }
    }

    enum Movement: Sendable {
        case show, edit, status, copy, results, plan, bulletinApproval, registration, registrationsExport

        var components: [PathComponent] {
            switch self {
            case .show: return []
            case .edit: return ["sua"]
            case .status: return ["trang-thai"]
            case .copy: return ["sao-chep"]
            case .results: return ["ket-qua"]
            case .plan: return ["ke-hoach.docx"]
            case .bulletinApproval: return ["duyet-ban-tin"]
            case .registration: return ["dang-ky"]
            case .registrationsExport: return ["dang-ky.xlsx"]
            }
        }
    }

    enum ExemplaryModel: Sendable {
        case publish

        var components: [PathComponent] { ["cong-bo"] }
    }

    static let movementKey = "movementID"
    static let anniversaryKey = "anniversaryID"
    static let modelKey = "modelID"
    static let unitKey = "unitID"
    static let blocKey = "blocID"
    static let membershipKey = "membershipID"
    static let personKey = "personID"
    static let entryKey = "entryID"
    static let kindKey = "kind"
    static let ballotKey = "ballotID"

    var pathComponents: [PathComponent] {
        switch self {
        case .home: return []
        case .signIn: return ["dang-nhap"]
        case .signOut: return ["dang-xuat"]
        case .stylesheet: return ["static", "style.css"]
        case .signInLocks: return ["cai-dat", "khoa-dang-nhap"]
        case .documentSettings: return ["cai-dat", "van-ban"]
        case .units: return ["don-vi"]
        case .unitNew: return ["don-vi", "moi"]
        case .unit(let id, let page): return ["don-vi", id.component(Self.unitKey)] + page.components
        case .blocs: return ["khoi-thi-dua"]
        case .blocNew: return ["khoi-thi-dua", "moi"]
        case .bloc(let id, let page): return ["khoi-thi-dua", id.component(Self.blocKey)] + page.components
        case .people: return ["nhan-su"]
        case .personNew: return ["nhan-su", "moi"]
        case .person(let id, let page): return ["nhan-su", id.component(Self.personKey)] + page.components
        case .historyEntry(let id, let page): return ["qua-trinh", id.component(Self.entryKey)] + page.components
        case .auditLog: return ["nhat-ky"]
        case .awardCodes: return ["danh-muc"]
        case .importData: return ["nhap-du-lieu"]
        case .exportData(let kind): return ["xuat-du-lieu", kind.isEmpty ? .parameter(Self.kindKey) : .constant(kind)]
        case .importTemplate(let kind): return ["tep-mau", kind.isEmpty ? .parameter(Self.kindKey) : .constant(kind)]
        case .eligibility: return ["xet-dieu-kien"]
        case .eligibilityExport: return ["xet-dieu-kien", "danh-sach.xlsx"]
        case .eligibilitySettings: return ["xet-dieu-kien", "cai-dat"]
        case .rewardSettings: return ["xet-dieu-kien", "tien-thuong"]
        case .calendar: return ["lich-ky-niem"]
        case .anniversary(let id, let page):
            return ["lich-ky-niem", id.component(Self.anniversaryKey)] + page.components
        case .movements: return ["phong-trao"]
        case .movementNew: return ["phong-trao", "moi"]
        case .movement(let id, let page): return ["phong-trao", id.component(Self.movementKey)] + page.components
        case .exemplaryModels: return ["guong-dien-hinh"]
        case .exemplaryModel(let id, let page):
            return ["guong-dien-hinh", id.component(Self.modelKey)] + page.components
        case .bulletin: return ["ban-tin"]
        case .bulletinFeed: return ["ban-tin", "atom.xml"]
        case .bulletinMovement(let id): return ["ban-tin", "phong-trao", id.component(Self.movementKey)]
        case .bulletinModel(let id): return ["ban-tin", "guong-dien-hinh", id.component(Self.modelKey)]
        case .ballot(let id, let page): return ["bo-phieu", id.component(Self.ballotKey)] + page.components
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
