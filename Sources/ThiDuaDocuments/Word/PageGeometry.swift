/// The page of a state document (Decree 30/2020/NĐ-CP): A4 portrait, margins top and bottom 20 mm,
/// left 30 mm (binding), right 15 mm. Word measures in twips, 1/1440 inch (567 to the centimetre).
enum PageGeometry {
    static let width = 11906
    static let height = 16838
    static let top = twips(mm: 20)
    static let bottom = twips(mm: 20)
    static let left = twips(mm: 30)
    static let right = twips(mm: 15)
    /// Where the page number sits, above the text.
    static let headerDistance = twips(mm: 10)
    /// The width of the text between the margins (9355 twips, 16.5 cm).
    static let textWidth = width - left - right

    /// The header and closing tables reach 1 cm into the left margin: the national title in 13 pt
    /// bold capitals needs about 9.6 cm, and the issuing body wants room beside it.
    static let blockIndent = -twips(mm: 10)
    /// 7.7 cm holds "LIÊN MINH HỢP TÁC XÃ VIỆT NAM" in 12 pt bold capitals on one line; the 9.8 cm
    /// left on the right hold the national title (9.6 cm).
    static let blockLeftColumn = twips(mm: 77)
    static var blockRightColumn: Int { textWidth - blockIndent - blockLeftColumn }
    /// No padding inside the cells of the header and closing tables: their text is centred, and
    /// every twip counts for the national title.
    static let blockCellMargin = 0

    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }
}
