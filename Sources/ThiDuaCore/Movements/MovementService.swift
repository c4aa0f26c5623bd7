import Foundation

/// Use cases of the movement cycle: anniversaries, movements and their status, within the account's rights.
public struct MovementService: UseCases {
    public let store: any DataStore
    public let account: Account
    let policy: AccessPolicy

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
        self.policy = AccessPolicy(account: account)
    }

    // MARK: anniversaries

    /// The active anniversaries' occurrences in a year, in date order.
    public func calendar(year: Int) async throws -> [AnniversaryOccurrence] {
        try await Self.calendar(try await store.anniversaries.directory(), year: year)
    }

    public static func calendar(_ all: [Anniversary], year: Int) -> [AnniversaryOccurrence] {
        all.filter(\.active).compactMap { $0.occurrence(in: year) }
            .sorted { ($0.date, $0.anniversary.name) < ($1.date, $1.anniversary.name) }
    }

    /// The next `count` occurrences from a day on, across the year's end.
    public func upcoming(from day: LocalDate, count: Int) async throws -> [AnniversaryOccurrence] {
        let all = try await store.anniversaries.directory()
        return (Self.calendar(all, year: day.year) + Self.calendar(all, year: day.year + 1)).filter { $0.date >= day }
            .prefix(count).map { $0 }
    }

    public func anniversaries() async throws -> [Anniversary] {
        try await store.anniversaries.directory().sorted {
            ($0.originDate.month, $0.originDate.day, $0.name) < ($1.originDate.month, $1.originDate.day, $1.name)
        }
    }

    /// Only the admin adds or edits anniversaries.
    public func addAnniversary(name: String, originDate: String, kind: String) async throws -> Anniversary {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        let a = try Self.anniversary(name: name, originDate: originDate, kind: kind)
        try await store.anniversaries.insert(a)
        return a
    }

    public func setAnniversaryActive(_ id: UUID, active: Bool, version: Int) async throws -> Anniversary {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await inTransaction { s in
            guard var a = try await s.store.anniversaries.find(id) else { throw DomainError.notFound("ngày kỷ niệm") }
            a.active = active
            a.version = version
            return try await s.store.anniversaries.update(a)
        }
    }

    static func anniversary(name: String, originDate: String, kind: String) throws -> Anniversary {
        var errors: [FieldError] = []
        let name = VietnameseText.normalized(name)
        if name.isEmpty { errors.append(FieldError("name", "Tên ngày kỷ niệm không được để trống.")) }
        let date = LocalDate(originDate)
        if date == nil { errors.append(FieldError("originDate", "Ngày gốc không hợp lệ (ngày/tháng/năm).")) }
        let kind = Anniversary.Kind(rawValue: kind)
        if kind == nil { errors.append(FieldError("kind", "Hãy chọn loại ngày kỷ niệm.")) }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return Anniversary(name: name, originDate: date!, kind: kind!)
    }

    // MARK: document settings

    public func documentSettings() async throws -> (settings: DocumentSettings, version: Int) {
        let (settings, version) = try await store.settings.load(SettingKey.documents)
        return (settings, version)
    }

    /// Only the admin changes them.
    public func saveDocumentSettings(_ settings: DocumentSettings, version: Int) async throws -> Int {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.settings.save(SettingKey.documents, try settings.validated(), expectedVersion: version)
    }

    // MARK: movements

    /// Who may create, edit and move a movement of a scope (`AccessPolicy.canManageMovement`).
    public func canManage(_ scopeKind: Movement.ScopeKind, _ scopeID: UUID?) -> Bool {
        policy.canManageMovement(scopeKind, scopeID)
    }

    /// Drafts only for those who may manage them; launched movements for everyone signed in.
    public func list(_ filter: MovementFilter) async throws -> [Movement] {
        try await store.movements.list(filter).filter { $0.isPublic || canManage($0.scopeKind, $0.scopeID) }
    }

    public func movement(_ id: UUID) async throws -> Movement {
        guard let m = try await store.movements.find(id), m.isPublic || canManage(m.scopeKind, m.scopeID) else {
            throw DomainError.notFound("phong trào")
        }
        return m
    }

    public func create(_ draft: MovementDraft) async throws -> Movement {
        let m = try draft.validated()
        guard canManage(m.scopeKind, m.scopeID) else { throw DomainError.forbidden }
        return try await inTransaction { s in
            try await s.checkReferences(m)
            try await s.store.movements.insert(m)
            return m
        }
    }

    public func update(_ id: UUID, version: Int, _ draft: MovementDraft) async throws -> Movement {
        try await inTransaction { s in
            let current = try await s.movement(id)
            guard s.canManage(current.scopeKind, current.scopeID) else { throw DomainError.forbidden }
            guard current.status != .closed else {
                throw DomainError.conflict("Phong trào đã tổng kết, không sửa được nữa.")
            }
            var m = try draft.validated(version: version, keeping: current)
            guard s.canManage(m.scopeKind, m.scopeID) else { throw DomainError.forbidden }
            // A unit's edit of what the public sees goes back to the secretariat.
            if m.isPublic, !s.policy.publishesWithoutApproval { m.bulletinHeld = true }
            try await s.checkReferences(m)
            return try await s.store.movements.update(m)
        }
    }

    /// The next status, dated and signed; launching gives the launch plan its number in the year.
    public func advance(_ id: UUID, to status: Movement.Status, on day: LocalDate, version: Int, results: String? = nil)
        async throws -> Movement
    {
        try await inTransaction { s in
            var m = try await s.movement(id)
            guard s.canManage(m.scopeKind, m.scopeID) else { throw DomainError.forbidden }
            guard m.status.next.contains(status) else {
                throw DomainError.conflict(
                    "Phong trào đang ở trạng thái “\(m.status.vietnamese)”, không thể chuyển sang “\(status.vietnamese)”."
                )
            }
            // A stale form must not take a number: compared before the counter moves.
            guard m.version == version else { throw DomainError.staleVersion("Phong trào này") }
            m.status = status
            m.history.append(Movement.StatusChange(status: status, on: day, by: s.account.displayName))
            if status == .launched, m.planNumber == nil {
                m.planNumber = try await s.store.numbers.next(.launchPlan(of: m))
            }
            if status == .launched, !s.policy.publishesWithoutApproval { m.bulletinHeld = true }
            if let results { m.results = VietnameseText.paragraphs(results) }
            return try await s.store.movements.update(m)
        }
    }

    /// Publishes (or withdraws) a closed movement's results on the public bulletin.
    public func publishResults(_ id: UUID, text: String, published: Bool, version: Int) async throws -> Movement {
        try await inTransaction { s in
            try await s.publishingResults(id, text: text, published: published, version: version)
        }
    }

    private func publishingResults(_ id: UUID, text: String, published: Bool, version: Int) async throws -> Movement {
        var m = try await movement(id)
        guard canManage(m.scopeKind, m.scopeID) else { throw DomainError.forbidden }
        guard m.status == .closed || m.status == .midTermReviewed else {
            throw DomainError.conflict("Chỉ công bố kết quả sau khi sơ kết hoặc tổng kết.")
        }
        m.results = VietnameseText.paragraphs(text)
        if published && m.results.isEmpty {
            throw DomainError.invalid([FieldError("results", "Hãy nhập kết quả trước khi công bố.")])
        }
        m.resultsPublished = published
        if published, !policy.publishesWithoutApproval { m.bulletinHeld = true }
        m.version = version
        return try await store.movements.update(m)
    }

    /// Whether this account may let a held movement onto the public bulletin.
    public func canApproveBulletin(_ m: Movement) async throws -> Bool {
        guard m.bulletinHeld == true else { return false }
        return try await policy.canApproveBulletin(ofUnit: m.scopeKind == .unit ? m.scopeID : nil) { bloc in
            try await store.blocs.unitIDs(inBloc: bloc)
        }
    }

    /// The secretariat lets a unit's launched movement (and its published results) onto the public bulletin.
    public func approveForBulletin(_ id: UUID, version: Int) async throws -> Movement {
        try await inTransaction { s in
            var m = try await s.movement(id)
            guard m.bulletinHeld == true else {
                throw DomainError.conflict("Phong trào này không chờ duyệt đăng bản tin.")
            }
            guard try await s.canApproveBulletin(m) else { throw DomainError.forbidden }
            m.bulletinHeld = false
            m.version = version
            return try await s.store.movements.update(m)
        }
    }

    /// A draft for the next year from this movement: the same content, the period moved by a year.
    public func copyToNextYear(_ id: UUID) async throws -> Movement {
        try await inTransaction { s in try await s.copying(id) }
    }

    private func copying(_ id: UUID) async throws -> Movement {
        let source = try await movement(id)
        guard canManage(source.scopeKind, source.scopeID) else { throw DomainError.forbidden }
        func shifted(_ d: LocalDate) -> LocalDate {
            LocalDate(year: d.year + 1, month: d.month, day: d.day) ?? LocalDate(
                year: d.year + 1, month: d.month, day: 28)!
        }
        var title = source.title
        if title.contains(String(source.year)) {
            title = title.replacingOccurrences(of: String(source.year), with: String(source.year + 1))
        }
        let copy = Movement(
            year: source.year + 1, kind: source.kind, scopeKind: source.scopeKind, scopeID: source.scopeID,
            title: title,
            theme: source.theme, slogans: source.slogans, launchedBy: source.launchedBy,
            periodFrom: shifted(source.periodFrom), periodTo: shifted(source.periodTo), targets: source.targets,
            anniversaryID: source.anniversaryID, codes: source.codes,
            registrationDeadline: source.registrationDeadline.map(shifted))
        try await store.movements.insert(copy)
        return copy
    }

    /// The units that take part: every active unit, a bloc's members in the year (the latest list up to it),
    /// or the one unit.
    public func participants(_ m: Movement) async throws -> [OrgUnit] {
        switch m.scopeKind {
        case .organization:
            return try await store.units.directory().filter { $0.activeTo == nil && $0.parentID != nil }
        case .bloc:
            guard let bloc = m.scopeID else { return [] }
            return try await store.blocs.latestMembers(of: bloc, upTo: m.year).members.map(\.unit)
        case .unit:
            guard let id = m.scopeID, let unit = try await store.units.find(id) else { return [] }
            return [unit]
        }
    }

    private func checkReferences(_ m: Movement) async throws {
        switch m.scopeKind {
        case .bloc:
            if let id = m.scopeID, try await store.blocs.find(id) == nil {
                throw DomainError.invalid([FieldError("scopeID", "Không có khối, cụm thi đua này.")])
            }
        case .unit:
            if let id = m.scopeID, try await store.units.find(id) == nil {
                throw DomainError.invalid([FieldError("scopeID", "Không có đơn vị này.")])
            }
        case .organization: break
        }
        if let a = m.anniversaryID, try await store.anniversaries.find(a) == nil {
            throw DomainError.invalid([FieldError("anniversaryID", "Không có ngày kỷ niệm này.")])
        }
    }
}
