/// Paging and search for every list, the same on the screens and in the API.
public struct ListQuery: Sendable, Hashable {
    public static let maxPerPage = 200
    /// Far past any real list; keeps `offset` well inside `Int` whatever page a URL asks for.
    public static let maxPage = 10_000_000

    public var text: String?
    public var page: Int
    public var perPage: Int

    /// A search longer than this finds nothing more, and SQLite refuses LIKE patterns over 50,000 bytes.
    public static let maxTextLength = 200

    public init(text: String? = nil, page: Int = 1, perPage: Int = 50) {
        let trimmed = text.map { VietnameseText.normalized(String($0.prefix(ListQuery.maxTextLength))) }
        self.text = (trimmed?.isEmpty ?? true) ? nil : trimmed
        self.page = min(max(1, page), ListQuery.maxPage)
        self.perPage = min(max(1, perPage), ListQuery.maxPerPage)
    }

    public var offset: Int { (page - 1) * perPage }
}

public struct ListPage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var page: Int
    public var perPage: Int
    public var total: Int

    public init(items: [Item], page: Int, perPage: Int, total: Int) {
        self.items = items
        self.page = page
        self.perPage = max(1, perPage)
        self.total = total
    }

    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> ListPage<T> {
        ListPage<T>(items: try items.map(transform), page: page, perPage: perPage, total: total)
    }
}
