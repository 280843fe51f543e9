import VerkostoModel
import VerkostoSupport

/// How often a trend takes a snapshot.
public enum TrendStep: String, Sendable, CaseIterable {
    /// On 31 December of each year.
    case year
    /// On the last day of March, June, September and December.
    case quarter
}

/// The snapshot days of a trend from year `from` to year `to` (inclusive): the end of each year
/// or quarter, in order.
/// - Complexity: O(number of days).
public func trendDays(fromYear from: Int, toYear to: Int, every step: TrendStep) -> [Day] {
    guard from <= to else { return [] }
    var days: [Day] = []
    for year in from...to {
        switch step {
        case .year:
            days.append(Day(year: year, month: 12, day: 31)!)
        case .quarter:
            for month in [3, 6, 9, 12] {
                days.append(Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!)
            }
        }
    }
    return days
}

/// The headline indicators as a time series: one ``HeadlineIndicators`` per snapshot day.
///
/// - Parameters:
///   - atlas: the full Atlas.
///   - days: the snapshot days, for example from ``trendDays(fromYear:toYear:every:)``.
/// - Complexity: *k* × ``HeadlineIndicators/init(_:leadershipDirection:)`` for *k* days.
public func trend(_ atlas: Atlas, days: [Day]) -> [HeadlineIndicators] {
    days.map { HeadlineIndicators(atlas.at($0)) }
}
