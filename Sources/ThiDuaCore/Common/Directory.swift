/// Reference tables (units, blocs, anniversaries) are read whole for pickers and name lookups: an organization
/// has hundreds of units and tens of blocs, not millions. `directory()` reads at most `limit` rows and refuses
/// past that, so such a read never grows with the table. Tables that grow with people (people, histories, the
/// change log) have no unpaged read reachable from a request: they are read by scope, by ids, or a page at a time.
public enum Directory {
    public static let limit = 5_000

    public static func tooLarge(_ what: String) -> DomainError {
        .conflict("Danh mục \(what) có hơn \(limit) dòng, quá lớn để đọc một lần. Hãy báo quản trị hệ thống.")
    }
}
