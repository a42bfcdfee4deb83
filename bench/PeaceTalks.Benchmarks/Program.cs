using BenchmarkDotNet.Running;

namespace PeaceTalks.Benchmarks;

/// <summary>The entry point: bench/inprocess.sh passes BenchmarkDotNet's own arguments through.</summary>
public static class BenchmarkProgram
{
    // A class of its own, not top-level statements: the web project's Program is visible here.
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
