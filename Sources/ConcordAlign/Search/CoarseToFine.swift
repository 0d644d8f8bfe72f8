import ConcordConcurrency
/// Linear-time search in the manner of Vecalign: halve both documents (merging neighbouring
/// sentences) until the grid is small, search it whole, then at each finer level search only a
/// corridor around the coarser path.
///
/// - Complexity: O((*N* + *M*)·*w*·*k*) for corridor width *w* and *k* shapes, over all levels.
enum CoarseToFine {
    /// Grids up to this many cells are searched whole.
    static let fullSearchCells = 160_000
    /// Cells added on each side of the projected coarse path, as Vecalign's search buffer
    /// (figures in <doc:TuningHistory>).
    static let corridorWidth = 5

    static func bestPath(source: SignalTable, target: SignalTable, length: LengthModel,
                         parameters: CostParameters, finest: Bool = true) -> [(source: Range<Int>, target: Range<Int>)] {
        let shapes = finest ? BeadShape.all : BeadShape.coarse
        let corridor: Corridor
        if source.count * target.count <= fullSearchCells || source.count < 4 || target.count < 4 {
            corridor = .full(sourceCount: source.count, targetCount: target.count)
        } else {
            // Both tables merged on two threads.
            let (coarseSource, coarseTarget) = Parallel.both({ source.merged() }, { target.merged() })
            let coarsePath = bestPath(source: coarseSource, target: coarseTarget, length: length,
                                      parameters: parameters, finest: false)
            corridor = .around(path: coarsePath, scale: 2, sourceCount: source.count, targetCount: target.count,
                               width: corridorWidth)
        }
        let scorer = BeadScorer(source: source, target: target, length: length, parameters: parameters, corridor: corridor)
        return AlignmentSearch.bestPath(scorer: scorer, corridor: corridor, shapes: shapes)
    }

    /// The best path in a corridor around `guide`, a path of the same documents found with
    /// other signals (or in the whole grid, when it is small): a second pass only has to
    /// correct the first where the new signals say otherwise, and needs no coarse levels.
    static func bestPath(source: SignalTable, target: SignalTable, length: LengthModel, parameters: CostParameters,
                         near guide: [(source: Range<Int>, target: Range<Int>)]) -> [(source: Range<Int>, target: Range<Int>)] {
        let corridor = source.count * target.count <= fullSearchCells
            ? .full(sourceCount: source.count, targetCount: target.count)
            : Corridor.around(path: guide, scale: 1, sourceCount: source.count, targetCount: target.count, width: corridorWidth)
        let scorer = BeadScorer(source: source, target: target, length: length, parameters: parameters, corridor: corridor)
        return AlignmentSearch.bestPath(scorer: scorer, corridor: corridor, shapes: BeadShape.all)
    }
}
