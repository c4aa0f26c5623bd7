import Foundation

/// Exemplary models: the admin writes them and decides when they are published.
public struct ExemplaryModelService: UseCases {
    public let store: any DataStore
    public let account: Account
    let policy: AccessPolicy

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
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
        return try await inTransaction { s in
            guard var m = try await s.store.exemplaryModels.find(id) else {
                throw DomainError.notFound("gương điển hình")
            }
            m.published = published
            m.publishedOn = published ? today : nil
            m.version = version
            return try await s.store.exemplaryModels.update(m)
        }
    }
}
