namespace Seismic.Cli.Tests;

/// <summary>Tests that use Hangfire's process-wide configuration run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class HangfireUsers
{
    public const string Name = "Hangfire users";
}
