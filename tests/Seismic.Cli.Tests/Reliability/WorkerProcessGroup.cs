namespace Seismic.Cli.Tests.Reliability;

/// <summary>
/// The reliability tests start many processes each; run one at a time so that on a small machine a test's timing
/// limits measure the worker, not the other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkerProcessGroup
{
    public const string Name = "worker processes";
}
