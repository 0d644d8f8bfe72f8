import Foundation

/// Runs two independent jobs on two threads and returns both results: the shape of most of
/// the aligner's parallel work (a table per side, half the rows each).
func bothAtOnce<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    let results = Results<First, Second>()
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let jobs = Jobs(first: first, second: second)
            DispatchQueue.concurrentPerform(iterations: 2) { job in
                if job == 0 { results.first = jobs.first() } else { results.second = jobs.second() }
            }
        }
    }
    return (results.first!, results.second!)
}

/// The two jobs, each run by one thread. Unchecked: each job only reads what it captures or
/// works on its own data.
private struct Jobs<First, Second>: @unchecked Sendable {
    let first: () -> First
    let second: () -> Second
}

/// The two results as they are made. Unchecked: each is written by one thread and read only
/// after `concurrentPerform` returns.
private final class Results<First, Second>: @unchecked Sendable {
    var first: First?
    var second: Second?
}
