import ArgumentParser

/// Concord's exit codes, from BSD's sysexits so scripts can tell failures apart.
enum ExitStatus: Int32 {
    case success = 0
    case usage = 64
    case dataError = 65
    case noInput = 66
    case software = 70
    case cannotCreate = 73
    case ioError = 74

    var exitCode: ExitCode { ExitCode(rawValue) }
}
