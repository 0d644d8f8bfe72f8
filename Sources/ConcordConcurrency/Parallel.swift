import Dispatch

/// The one place where Concord's algorithms go parallel. A job handed to these functions reads
/// what it captures and writes only its own result (or, through a ``SharedBuffer``, its own
/// indices): that is the contract that makes the unchecked transfers below sound, and the
/// reason no algorithm outside this module holds a thread, a lock or an atomic.
public enum Parallel {
    /// Runs two independent jobs on two threads and returns both results.
    ///
    ///     let (sourceTable, targetTable) = Parallel.both({ table(source) }, { table(target) })
    public static func both<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
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

    /// `body(0)`, `body(1)`, … `body(count − 1)`, run on all cores, in order of their index.
    ///
    ///     let converted = Parallel.map(cuts.count - 1) { part in convert(cuts[part]..<cuts[part + 1]) }
    public static func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        let results = SharedBuffer<Result?>(repeating: nil, count: count)
        withoutActuallyEscaping(body) { body in
            let job = Job(body: body)
            DispatchQueue.concurrentPerform(iterations: count) { index in results[index] = job.body(index) }
        }
        return (0..<count).map { results[$0]! }
    }

    /// `body(0)`, `body(1)`, … `body(count − 1)`, run on all cores; each writes only what is its own.
    public static func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard count > 1 else { if count == 1 { body(0) }; return }
        withoutActuallyEscaping(body) { body in
            let job = Job(body: body)
            DispatchQueue.concurrentPerform(iterations: count) { job.body($0) }
        }
    }

    /// The two jobs, each run by one thread.
    private struct Jobs<First, Second>: @unchecked Sendable {
        let first: () -> First
        let second: () -> Second
    }

    /// One job run for every index.
    private struct Job<Result>: @unchecked Sendable {
        let body: (Int) -> Result
    }

    /// The two results as they are made: each is written by one thread and read only after
    /// `concurrentPerform` returns.
    private final class Results<First, Second>: @unchecked Sendable {
        var first: First?
        var second: Second?
    }
}

/// A job started on another thread, whose caller only needs to know when it is done.
public struct BackgroundJob: Sendable {
    private let group: DispatchGroup

    /// Starts `work`, which shares nothing with its caller but what it captures.
    public init(_ work: @escaping @Sendable () -> Void) {
        group = DispatchGroup()
        DispatchQueue.global().async(group: group, execute: work)
    }

    /// Returns once the job is done.
    public func wait() { group.wait() }
}
