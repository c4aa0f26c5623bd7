import Foundation

/// The public bulletin (bản tin): launched movements, published exemplary models, published results. It reads
/// with no account, and never shows a draft or anything unpublished.
public struct BulletinService: Sendable {
    public let store: any DataStore

    public init(store: any DataStore) {
        self.store = store
    }

    public struct Bulletin: Sendable {
        public var movements: [Movement]
        public var models: [ExemplaryModel]
        public var results: [Movement]
        public var anniversaries: [UUID: Anniversary]
    }

    public func bulletin() async throws -> Bulletin {
        let movements = try await store.movements.list(MovementFilter(publicOnly: true)).filter(\.onBulletin)
        let anniversaries = Dictionary(
            try await store.anniversaries.directory().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return Bulletin(
            movements: movements, models: try await store.exemplaryModels.list(publishedOnly: true).filter(\.published),
            results: movements.filter { $0.resultsPublished && !$0.results.isEmpty }, anniversaries: anniversaries)
    }

    /// A movement as the bulletin shows it, with its anniversary; nil for a draft or one awaiting approval,
    /// so that an address guessed or kept from before tells nothing.
    public func movement(_ id: UUID) async throws -> (movement: Movement, anniversary: Anniversary?)? {
        guard let m = try await store.movements.find(id), m.onBulletin else { return nil }
        return (m, try await m.anniversaryID.asyncFlatMap { try await store.anniversaries.find($0) })
    }

    /// A published exemplary model; nil otherwise.
    public func model(_ id: UUID) async throws -> ExemplaryModel? {
        guard let g = try await store.exemplaryModels.find(id), g.published else { return nil }
        return g
    }
}

extension Optional {
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

/// Exemplary models: the admin writes them and decides when they are published.
public struct ExemplaryModelService: Sendable {
    public let store: any DataStore
    let policy: AccessPolicy

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.policy = AccessPolicy(account: account)
    }

    public func list() async throws -> [ExemplaryModel] {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.exemplaryModels.list(publishedOnly: false)
    }

    public func create(kind: String, subjectID: String, name: String, summary: String, year: String) async throws
        -> ExemplaryModel
    {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        var errors: [FieldError] = []
        let kind = SubjectKind(rawValue: kind)
        if kind == nil { errors.append(FieldError("subjectKind", "Hãy chọn cá nhân hay tập thể.")) }
        let name = VietnameseText.normalized(name)
        if name.isEmpty { errors.append(FieldError("name", "Tên không được để trống.")) }
        let summary = VietnameseText.paragraphs(summary)
        if summary.isEmpty { errors.append(FieldError("summary", "Hãy viết vài dòng về gương điển hình.")) }
        if summary.count > 2000 { errors.append(FieldError("summary", "Nội dung dài quá 2.000 ký tự.")) }
        let year = Int(year.trimmingCharacters(in: .whitespaces))
        if year == nil || !(1990...2100).contains(year!) { errors.append(FieldError("year", "Năm không hợp lệ.")) }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        let model = ExemplaryModel(
            subjectKind: kind!, subjectID: UUID(uuidString: subjectID), name: name, summary: summary, year: year!)
        try await store.exemplaryModels.insert(model)
        return model
    }

    public func setPublished(_ id: UUID, _ published: Bool, version: Int, today: LocalDate) async throws
        -> ExemplaryModel
    {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        guard var m = try await store.exemplaryModels.find(id) else { throw DomainError.notFound("gương điển hình") }
        m.published = published
        m.publishedOn = published ? today : nil
        m.version = version
        return try await store.exemplaryModels.update(m)
    }
}
