/// The most a reader accepts from one workbook, so that a hostile or broken file fails with a
/// clear error instead of exhausting memory or time.
///
/// Sizes are counted while the parts are unpacked, not taken from the zip's headers, which a
/// zip bomb can fake.
public struct ReadLimits: Hashable, Sendable {
    /// Unpacked bytes of any one part (the file inside the zip).
    public var maximumPartSize: Int
    /// Unpacked bytes of all parts read, together.
    public var maximumTotalSize: Int
    /// Entries in the zip.
    public var maximumEntries: Int
    /// The highest row number of a cell with a value.
    public var maximumRows: Int
    /// The highest column number of a cell with a value.
    public var maximumColumns: Int
    /// Cells with a value in one sheet.
    public var maximumCells: Int

    /// Defaults that hold any workbook people fill in by hand with room to spare: 100 MiB a
    /// part, 250 MiB in all, 10,000 entries, 200,000 rows, 1,000 columns (A…ALL), and
    /// 2,000,000 cells a sheet.
    public init(maximumPartSize: Int = 100 << 20, maximumTotalSize: Int = 250 << 20, maximumEntries: Int = 10_000,
                maximumRows: Int = 200_000, maximumColumns: Int = 1_000, maximumCells: Int = 2_000_000) {
        self.maximumPartSize = maximumPartSize
        self.maximumTotalSize = maximumTotalSize
        self.maximumEntries = maximumEntries
        self.maximumRows = maximumRows
        self.maximumColumns = maximumColumns
        self.maximumCells = maximumCells
    }
}
