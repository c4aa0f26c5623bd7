import Foundation

/// Where a sweep looks: one unit, the member units of a bloc in the year, or the whole organization.
public enum SweepScope: Sendable, Hashable {
    case unit(UUID)
    case bloc(UUID)
    case organization
}

/// Use cases of the eligibility engine over stored histories, within the account's scope.
public struct EligibilityService: Sendable {
    public let store: any DataStore
    public let account: Account
    let policy: AccessPolicy

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
        self.policy = AccessPolicy(account: account)
    }

    // MARK: settings

    /// The organization's settings and their version (0: never saved, so the defaults).
    public func settings() async throws -> (settings: EligibilitySettings, version: Int) {
        let (settings, version) = try await store.settings.load(SettingKey.eligibility)
        return (settings, version)
    }

    /// Only the admin changes them.
    public func save(_ settings: EligibilitySettings, version: Int) async throws -> Int {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.settings.save(SettingKey.eligibility, try settings.validated(), expectedVersion: version)
    }

    /// The base salary table and the multiples the organization set.
    public func rewards() async throws -> (rewards: RewardSettings, version: Int) {
        let (rewards, version) = try await store.settings.load(SettingKey.rewards)
        return (rewards, version)
    }

    /// Only the admin changes them.
    public func saveRewards(_ rewards: RewardSettings, version: Int) async throws -> Int {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.settings.save(SettingKey.rewards, try rewards.validated(), expectedVersion: version)
    }

    public func engine(proposalDate: LocalDate? = nil) async throws -> EligibilityEngine {
        EligibilityEngine(
            settings: try await settings().settings, rewards: try await rewards().rewards, proposalDate: proposalDate)
    }

    /// The organization's own award codes, which histories may hold besides the catalogue's.
    public func extraCodes() async throws -> Set<String> { Set(try await store.history.customCodes().map(\.code)) }

    // MARK: one subject

    /// Every code for people, for one person the account may see.
    public func forPerson(_ id: UUID, year: Int) async throws -> [EligibilityResult] {
        let scope = try await unitScope()
        guard let p = try await store.people.find(id), scope.contains(p.unitID) else {
            throw DomainError.notFound("người này")
        }
        let h = HistoryCompaction.person(p, entries: try await store.history.entries(of: .person, id))
        return try await engine().evaluateAll(h, year: year)
    }

    /// Every code for collectives, for one unit, its members counted from their histories.
    public func forUnit(_ id: UUID, year: Int) async throws -> [EligibilityResult] {
        let scope = try await unitScope()
        guard let unit = try await store.units.find(id), scope.contains(unit.id) else {
            throw DomainError.notFound("đơn vị")
        }
        let h = try await collectives([unit], year: year)[0]
        return try await engine().evaluateAll(h, year: year)
    }

    // MARK: sweeps

    /// Who is eligible for `code` in `year` over a scope; ranked, with the quota applied when one binds.
    public func sweep(code: String, year: Int, scope: SweepScope) async throws -> EligibilitySweep.Result {
        guard let entry = Catalogue.entry(code) else {
            throw DomainError.invalid([FieldError("code", "Mã “\(code)” không có trong danh mục.")])
        }
        let (units, note) = try await units(of: scope, year: year)
        // Looked up only after `units(of:)` has checked the account may sweep this scope.
        let key = SweepCache.Key(code: entry.code, year: year, scope: scope, head: try await store.audit.head().hash)
        if let kept = SweepCache.shared.result(for: key) { return kept }
        var subjects: [CompactHistory] = []
        if entry.subjectKinds.contains(.collective) { subjects += try await collectives(units, year: year) }
        var birthYears: [String: Int] = [:]
        var unitOf: [String: UUID] = [:]
        if entry.subjectKinds.contains(.person) {
            let people = try await store.people.people(inUnits: units.map(\.id), status: .working)
            let entries = Dictionary(
                grouping: try await store.history.entries(of: .person, subjects: people.map(\.id)), by: \.subjectID)
            subjects += people.map { HistoryCompaction.person($0, entries: entries[$0.id] ?? []) }
            for p in people {
                let id = p.id.uuidString.lowercased()
                unitOf[id] = p.unitID
                birthYears[id] = p.birthYear
            }
        }
        for u in units { unitOf[u.id.uuidString.lowercased()] = u.id }
        var result = EligibilitySweep(engine: try await engine()).run(subjects, entry: entry, year: year)
        result.note = note
        // What a reader needs to tell two people of the same name apart: their unit and birth year.
        let unitNames = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for i in result.rows.indices {
            let id = result.rows[i].subject.id.lowercased()
            result.rows[i].unitName = unitOf[id].flatMap { unitNames[$0] }
            result.rows[i].birthYear = birthYears[id]
        }
        SweepCache.shared.keep(result, for: key)
        return result
    }

    /// The units a scope covers, refused when outside the account's scope; with a note when a bloc's list
    /// of members is taken from an earlier year (the year's list not entered yet).
    func units(of scope: SweepScope, year: Int) async throws -> ([OrgUnit], String?) {
        let allowed = try await unitScope()
        switch scope {
        case .unit(let id):
            guard let unit = try await store.units.find(id), allowed.contains(id) else {
                throw DomainError.notFound("đơn vị")
            }
            return ([unit], nil)
        case .bloc(let id):
            guard let bloc = try await store.blocs.find(id) else { throw DomainError.notFound("khối thi đua") }
            let (members, listYear) = try await store.blocs.latestMembers(of: id, upTo: year)
            guard let listYear else { return ([], "Khối “\(bloc.name)” chưa có danh sách thành viên đến năm \(year).") }
            let units = members.map(\.unit)
            guard units.allSatisfy({ allowed.contains($0.id) }) else { throw DomainError.forbidden }
            return (
                units,
                listYear == year
                    ? nil : "Chưa có danh sách thành viên khối năm \(year); dùng danh sách năm \(listYear)."
            )
        case .organization:
            guard allowed == .all else { throw DomainError.forbidden }
            return (try await store.units.directory().filter { $0.activeTo == nil || $0.activeTo!.year >= year }, nil)
        }
    }

    private func collectives(_ units: [OrgUnit], year: Int) async throws -> [CompactHistory] {
        let ids = Set(units.map(\.id))
        let members = try await store.people.people(inUnits: Array(ids), status: nil)
        let memberEntries = Dictionary(
            grouping: try await store.history.entries(of: .person, subjects: members.map(\.id)), by: \.subjectID)
        let unitEntries = Dictionary(
            grouping: try await store.history.entries(of: .collective, subjects: units.map(\.id)), by: \.subjectID)
        let byUnit = Dictionary(grouping: members, by: \.unitID)
        return units.map { u in
            HistoryCompaction.collective(
                u, entries: unitEntries[u.id] ?? [], members: byUnit[u.id] ?? [], memberEntries: memberEntries,
                year: year)
        }
    }

    private func unitScope() async throws -> UnitScope {
        try await policy.unitScope { bloc in try await store.blocs.unitIDs(inBloc: bloc) }
    }
}
