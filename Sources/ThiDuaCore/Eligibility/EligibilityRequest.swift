import Foundation

/// A bad eligibility request: the field (a JSON path such as `subjects[0].ratings.2021`) and what is wrong.
public struct EligibilityInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public var message: String

    public var description: String { "\(field): \(message)" }
}

/// The stable JSON contract of `thidua eligibility --input` and `POST /api/v1/eligibility` (README, docs/LEGAL.md).
public struct EligibilityRequest: Sendable {
    public var year: Int
    public var subjects: [CompactHistory]
    public var codes: [String]
    public var settings: EligibilitySettings?
    /// The day the achievements are considered; without it, the settings' proposal date for the year.
    public var proposalDate: LocalDate?

    public init(
        year: Int, subjects: [CompactHistory], codes: [String], settings: EligibilitySettings? = nil,
        proposalDate: LocalDate? = nil
    ) {
        self.year = year
        self.subjects = subjects
        self.codes = codes
        self.settings = settings
        self.proposalDate = proposalDate
    }

    /// Parses and checks the JSON. History codes may be the catalogue's or `extraCodes` (an organization's own).
    /// The most subjects one API request may carry: the work one request causes is bounded. The command line,
    /// run by the operator on their own machine, passes no limit.
    public static let maxSubjects = 1000

    public static func parse(_ data: Data, extraCodes: Set<String> = [], maxSubjects: Int = Int.max) throws
        -> EligibilityRequest
    {
        let root: JSONValue
        do { root = try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            throw EligibilityInputError(field: "$", message: "Không đọc được JSON: tệp hỏng hoặc không đúng cú pháp.")
        }
        return try Parser(extraCodes: extraCodes).request(root)
    }

    private struct Parser {
        let extraCodes: Set<String>
        typealias Object = [String: JSONValue]

        func fail(_ field: String, _ message: String) -> EligibilityInputError {
            EligibilityInputError(field: field, message: message)
        }

        func object(_ value: JSONValue?, _ field: String) throws -> Object {
            guard case .object(let o)? = value else {
                throw fail(field, value == nil ? "Thiếu trường bắt buộc." : "Phải là một đối tượng JSON { … }.")
            }
            return o
        }

        func array(_ value: JSONValue?, _ field: String, optional: Bool = true) throws -> [JSONValue] {
            switch value {
            case nil, .null?:
                if optional { return [] }
                throw fail(field, "Thiếu trường bắt buộc.")
            case .array(let a)?: return a
            default: throw fail(field, "Phải là một mảng [ … ].")
            }
        }

        func int(_ value: JSONValue?, _ field: String) throws -> Int {
            switch value {
            case .int(let i)?: return i
            case .double(let d)? where d == d.rounded() && abs(d) < 1e15: return Int(d)
            case nil, .null?: throw fail(field, "Thiếu trường bắt buộc.")
            default: throw fail(field, "Phải là số nguyên.")
            }
        }

        func optionalCount(_ value: JSONValue?, _ field: String) throws -> Int? {
            if value == nil || value == .null { return nil }
            let i = try int(value, field)
            guard i >= 0 else { throw fail(field, "Không được âm.") }
            return i
        }

        func string(_ value: JSONValue?, _ field: String) throws -> String {
            guard case .string(let s)? = value, !s.isEmpty else {
                throw fail(field, value == nil ? "Thiếu trường bắt buộc." : "Phải là một chuỗi không rỗng.")
            }
            return s
        }

        func bool(_ value: JSONValue?, _ field: String) throws -> Bool {
            switch value {
            case nil, .null?: return false
            case .bool(let b)?: return b
            default: throw fail(field, "Phải là true hoặc false.")
            }
        }

        func year(_ value: JSONValue?, _ field: String) throws -> Int {
            let y = try int(value, field)
            guard (1900...2200).contains(y) else { throw fail(field, "Năm \(y) không hợp lệ.") }
            return y
        }

        func date(_ value: JSONValue?, _ field: String) throws -> LocalDate {
            // ISO only: the contract is read by programs, and 01/03/2021 means different days in different places.
            guard case .string(let s)? = value, s.utf8.count == 10, Array(s.utf8)[4] == UInt8(ascii: "-"),
                let d = LocalDate(s)
            else {
                throw fail(field, "Ngày phải có dạng YYYY-MM-DD, ví dụ 2021-03-01.")
            }
            return d
        }

        func choice<T: RawRepresentable & CaseIterable>(_ value: JSONValue?, _ field: String, _ type: T.Type) throws
            -> T where T.RawValue == String
        {
            guard case .string(let s)? = value, let v = T(rawValue: s) else {
                let shown: String
                if case .string(let s)? = value {
                    shown = "“\(s)” không hợp lệ"
                } else {
                    shown = value == nil ? "Thiếu giá trị" : "Phải là một chuỗi"
                }
                throw fail(field, "\(shown); dùng một trong: \(T.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return v
        }

        func catalogueCode(_ c: String, _ field: String, allowExtra: Bool) throws -> String {
            guard Catalogue.byCode[c] != nil || (allowExtra && extraCodes.contains(c)) else {
                throw fail(
                    field,
                    "Mã “\(c)” không có trong danh mục. Các mã: \(Catalogue.entries.map(\.code).joined(separator: ", "))."
                )
            }
            return c
        }

        func request(_ root: JSONValue) throws -> EligibilityRequest {
            let o = try object(root, "$")
            let y = try year(o["year"], "year")
            var seen: Set<String> = []
            var subjects: [CompactHistory] = []
            let list = try array(o["subjects"], "subjects", optional: false)
            guard list.count <= maxSubjects else {
                throw fail(
                    "subjects",
                    "Có \(list.count) đối tượng, vượt giới hạn \(maxSubjects) đối tượng mỗi yêu cầu. Hãy chia thành nhiều yêu cầu nhỏ hơn."
                )
            }
            for (i, s) in list.enumerated() {
                let subject = try self.subject(s, "subjects[\(i)]")
                guard seen.insert(subject.id).inserted else {
                    throw fail("subjects[\(i)].id", "Mã đối tượng “\(subject.id)” bị trùng.")
                }
                subjects.append(subject)
            }
            var codes: [String] = []
            if o["codes"] == nil || o["codes"] == .null {
                codes = Catalogue.entries.map(\.code)
            } else {
                for (i, c) in try array(o["codes"], "codes").enumerated() {
                    codes.append(try catalogueCode(try string(c, "codes[\(i)]"), "codes[\(i)]", allowExtra: false))
                }
            }
            let settings = try o["settings"].flatMap { $0 == .null ? nil : try self.settings($0) }
            var proposalDate: LocalDate?
            if let value = o["proposalDate"], value != .null {
                let d = try date(value, "proposalDate")
                guard (y...(y + 2)).contains(d.year) else {
                    throw fail(
                        "proposalDate",
                        "Ngày xét đề nghị phải trong năm \(y) hoặc hai năm sau đó (đến 31/12/\(y + 2)).")
                }
                proposalDate = d
            }
            return EligibilityRequest(
                year: y, subjects: subjects, codes: codes, settings: settings, proposalDate: proposalDate)
        }

        func subject(_ value: JSONValue, _ path: String) throws -> CompactHistory {
            let o = try object(value, path)
            let id = try string(o["id"], "\(path).id")
            let kind = try choice(o["kind"], "\(path).kind", SubjectKind.self)
            let gender =
                o["gender"] == nil || o["gender"] == .null
                ? nil : try choice(o["gender"], "\(path).gender", Person.Gender.self)
            let category =
                o["category"] == nil || o["category"] == .null
                ? nil : try choice(o["category"], "\(path).category", Person.Category.self)
            if category != nil && kind != .person {
                throw fail("\(path).category", "Chỉ cá nhân mới có đối tượng (category).")
            }
            var ratings: [Int: Rating] = [:]
            if let r = o["ratings"], r != .null {
                for (key, v) in try object(r, "\(path).ratings") {
                    let field = "\(path).ratings.\(key)"
                    guard let y = Int(key), (1900...2200).contains(y) else {
                        throw fail(field, "Khóa phải là một năm, ví dụ \"2021\".")
                    }
                    ratings[y] = try choice(v, field, Rating.self)
                }
            }
            var achievements: [Achievement] = []
            for (i, t) in try array(o["titles"], "\(path).titles").enumerated() {
                let f = "\(path).titles[\(i)]"
                let t = try object(t, f)
                achievements.append(
                    Achievement(
                        code: try catalogueCode(try string(t["code"], "\(f).code"), "\(f).code", allowExtra: true),
                        year: try year(t["year"], "\(f).year"), revoked: try bool(t["revoked"], "\(f).revoked")))
            }
            for (i, a) in try array(o["awards"], "\(path).awards").enumerated() {
                let f = "\(path).awards[\(i)]"
                let a = try object(a, f)
                let type =
                    a["type"] == nil || a["type"] == .null
                    ? CommendationType.regular : try choice(a["type"], "\(f).type", CommendationType.self)
                achievements.append(
                    Achievement(
                        code: try catalogueCode(try string(a["code"], "\(f).code"), "\(f).code", allowExtra: true),
                        year: try year(a["year"], "\(f).year"), type: type,
                        revoked: try bool(a["revoked"], "\(f).revoked")))
            }
            let initiatives = try array(o["initiatives"], "\(path).initiatives").enumerated().map { i, v in
                let f = "\(path).initiatives[\(i)]"
                let v = try object(v, f)
                return InitiativeRecord(
                    year: try year(v["year"], "\(f).year"),
                    scope: try choice(v["scope"], "\(f).scope", InitiativeScope.self))
            }
            let discipline = try array(o["discipline"], "\(path).discipline").enumerated().map { i, v in
                try span(v, "\(path).discipline[\(i)]")
            }
            let pending = try array(o["pending"], "\(path).pending").enumerated().map { i, v in
                let f = "\(path).pending[\(i)]"
                return PendingMatter(
                    kind: try choice(try object(v, f)["kind"], "\(f).kind", PendingKind.self), span: try span(v, f))
            }
            var members: MemberCounts?
            if let m = o["members"], m != .null {
                let f = "\(path).members"
                guard kind == .collective else {
                    throw fail(f, "Chỉ tập thể mới có số liệu thành viên; với cá nhân để null.")
                }
                let m = try object(m, f)
                guard let total = try optionalCount(m["total"], "\(f).total") else {
                    throw fail("\(f).total", "Thiếu tổng số thành viên.")
                }
                var counts = MemberCounts(
                    total: total, completed: try optionalCount(m["completed"], "\(f).completed"),
                    disciplined: try optionalCount(m["disciplined"], "\(f).disciplined"),
                    women: try optionalCount(m["women"], "\(f).women"))
                for (key, v) in m where !["total", "completed", "disciplined", "women"].contains(key) {
                    counts.titles[try catalogueCode(key, "\(f).\(key)", allowExtra: true)] = try optionalCount(
                        v, "\(f).\(key)")
                }
                let all =
                    [("completed", counts.completed), ("disciplined", counts.disciplined), ("women", counts.women)]
                    + counts.titles.map { ($0.key, Optional($0.value)) }
                for (key, n) in all {
                    if let n, n > total { throw fail("\(f).\(key)", "Lớn hơn tổng số thành viên (\(total)).") }
                }
                members = counts
            }
            var name = ""
            if case .string(let n)? = o["name"] { name = n }
            return CompactHistory(
                id: id, name: name, kind: kind, gender: gender, category: category, ratings: ratings,
                achievements: achievements,
                initiatives: initiatives, discipline: discipline, pending: pending, members: members)
        }

        func span(_ value: JSONValue, _ field: String) throws -> DateSpan {
            let o = try object(value, field)
            let from = try date(o["from"], "\(field).from")
            let to = o["to"] == nil || o["to"] == .null ? nil : try date(o["to"], "\(field).to")
            if let to, to < from { throw fail("\(field).to", "Ngày kết thúc trước ngày bắt đầu.") }
            return DateSpan(from: from, to: to)
        }

        func settings(_ value: JSONValue) throws -> EligibilitySettings {
            let o = try object(value, "settings")
            var s = EligibilitySettings.defaults
            if o["referenceMonth"] != nil { s.referenceMonth = try int(o["referenceMonth"], "settings.referenceMonth") }
            if o["referenceDay"] != nil { s.referenceDay = try int(o["referenceDay"], "settings.referenceDay") }
            if o["referenceNextYear"] != nil {
                s.referenceNextYear = try bool(o["referenceNextYear"], "settings.referenceNextYear")
            }
            if o["cstdcsQuotaPercentOld"] != nil {
                s.cstdcsQuotaPercentOld = try optionalCount(
                    o["cstdcsQuotaPercentOld"], "settings.cstdcsQuotaPercentOld")
            }
            if o["cstdcsQuotaPercent"] != nil {
                s.cstdcsQuotaPercent = try optionalCount(o["cstdcsQuotaPercent"], "settings.cstdcsQuotaPercent")
            }
            if o["coCPQuotaPercentOld"] != nil {
                s.coCPQuotaPercentOld = try optionalCount(o["coCPQuotaPercentOld"], "settings.coCPQuotaPercentOld")
            }
            if o["coCPQuotaPercent"] != nil {
                s.coCPQuotaPercent = try optionalCount(o["coCPQuotaPercent"], "settings.coCPQuotaPercent")
            }
            if o["coBoRequiresTTLDXS"] != nil {
                s.coBoRequiresTTLDXS = try bool(o["coBoRequiresTTLDXS"], "settings.coBoRequiresTTLDXS")
            }
            do { return try s.validated() } catch DomainError.invalid(let errors) {
                throw fail("settings.\(errors[0].field)", errors[0].message)
            }
        }
    }
}

/// The JSON answer: `{ "results": [ … ] }`.
public enum EligibilityResponse {
    struct Body: Encodable {
        var results: [Result]
    }

    struct Result: Encodable {
        var subject: String
        var code: String
        var name: String
        var year: Int
        var regime: String
        var regimeName: String
        var proposalDate: String
        var outcome: String
        var reasons: [Reason]
        var reminders: [Reminder]
        var reward: RewardJSON?
        var warnings: [String]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(subject, forKey: .subject)
            try c.encode(code, forKey: .code)
            try c.encode(name, forKey: .name)
            try c.encode(year, forKey: .year)
            try c.encode(regime, forKey: .regime)
            try c.encode(regimeName, forKey: .regimeName)
            try c.encode(proposalDate, forKey: .proposalDate)
            try c.encode(outcome, forKey: .outcome)
            try c.encode(reasons, forKey: .reasons)
            try c.encode(reminders, forKey: .reminders)
            try c.encodeIfPresent(reward, forKey: .reward)  // only for codes that pay something
            try c.encode(warnings, forKey: .warnings)
        }

        enum CodingKeys: String, CodingKey {
            case subject, code, name, year, regime, regimeName, proposalDate, outcome, reasons, reminders, reward,
                warnings
        }
    }

    /// `amount` and `baseSalary` are null before the base salary table's first date.
    struct RewardJSON: Encodable {
        var multiple: Decimal
        var multipleBasis: String
        var baseSalary: Int64?
        var amount: Int64?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(multiple, forKey: .multiple)
            try c.encode(multipleBasis, forKey: .multipleBasis)
            try c.encode(baseSalary, forKey: .baseSalary)
            try c.encode(amount, forKey: .amount)
        }

        enum CodingKeys: String, CodingKey { case multiple, multipleBasis, baseSalary, amount }
    }

    struct Reason: Encodable {
        var rule: String
        var route: String?
        var holds: Bool?
        var text: String
        var basis: String
        var verified: Bool
        var status: String

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rule, forKey: .rule)
            try c.encodeIfPresent(route, forKey: .route)
            try c.encode(holds, forKey: .holds)  // null for a manual check, never left out
            try c.encode(text, forKey: .text)
            try c.encode(basis, forKey: .basis)
            try c.encode(verified, forKey: .verified)
            try c.encode(status, forKey: .status)
        }

        enum CodingKeys: String, CodingKey { case rule, route, holds, text, basis, verified, status }
    }

    struct Reminder: Encodable {
        var text: String
        var basis: String
    }

    public static func encode(_ results: [EligibilityResult]) -> Data {
        let body = Body(
            results: results.map { r in
                Result(
                    subject: r.subject, code: r.code, name: Catalogue.entry(r.code)?.name ?? r.code, year: r.year,
                    regime: r.regime.rawValue,
                    regimeName: r.regime.vietnamese, proposalDate: r.proposalDate.iso, outcome: r.outcome.rawValue,
                    reasons: r.reasons.map {
                        Reason(
                            rule: $0.rule, route: $0.route.isEmpty ? nil : $0.route.joined(separator: " › "),
                            holds: $0.holds,
                            text: $0.text, basis: $0.basis.citation, verified: $0.basis.verified,
                            status: $0.basis.status.rawValue)
                    },
                    reminders: r.reminders.map { Reminder(text: $0.text, basis: $0.basis.citation) },
                    reward: r.reward.map {
                        RewardJSON(
                            multiple: $0.multiple.decimal, multipleBasis: $0.multiple.basis.citation,
                            baseSalary: $0.step?.amount, amount: $0.amount?.amount)
                    },
                    warnings: r.warnings.map(\.warning))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(body)) ?? Data("{\"results\":[]}".utf8)
    }
}

extension EligibilityRequest {
    /// Every subject against every code asked, in that order.
    public func evaluate(defaultSettings: EligibilitySettings = .defaults, rewards: RewardSettings = .defaults)
        -> [EligibilityResult]
    {
        let engine = EligibilityEngine(
            settings: settings ?? defaultSettings, rewards: rewards, proposalDate: proposalDate)
        return subjects.flatMap { s in codes.map { engine.evaluate(s, entry: Catalogue.byCode[$0]!, year: year) } }
    }
}
