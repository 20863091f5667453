using BenchmarkDotNet.Running;

namespace Seismic.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/Seismic.Benchmarks -- --filter '*'</c>.
/// Figures, machine and date go to docs/PERFORMANCE.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
