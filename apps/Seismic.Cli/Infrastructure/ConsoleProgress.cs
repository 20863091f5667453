using System.Diagnostics;
using System.Globalization;
using Seismic.Engine.Common;

namespace Seismic.Cli.Infrastructure;

/// <summary>
/// Progress for long operations: a redrawn bar on a terminal; on a redirected stream one plain line per stage and
/// per 25 % step, so logs stay short and readable.
/// </summary>
internal sealed class ConsoleProgress(TextWriter writer, bool interactive, string task) : IProgress<OperationProgress>, IDisposable
{
    private const int BarWidth = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private string? _stage;
    private int _lastQuarter = -1;
    private long _lastDrawTicks;
    private bool _barOpen;

    public void Report(OperationProgress value)
    {
        lock (_gate)
        {
            if (interactive)
            {
                Draw(value);
            }
            else
            {
                WritePlain(value);
            }
        }
    }

    /// <summary>Ends the bar line (terminal) and reports the elapsed time.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_barOpen)
            {
                writer.WriteLine();
                _barOpen = false;
            }

            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{task}: done in {_clock.Elapsed.TotalSeconds:F1} s"));
        }
    }

    private void Draw(OperationProgress value)
    {
        var now = _clock.ElapsedTicks;
        var stageChanged = value.Stage != _stage;
        var finished = value.Total > 0 && value.Done >= value.Total;
        if (!stageChanged && !finished && now - _lastDrawTicks < Stopwatch.Frequency / 10)
        {
            return;
        }

        _lastDrawTicks = now;
        _stage = value.Stage;
        string line;
        if (double.IsNaN(value.Fraction))
        {
            line = string.Create(CultureInfo.InvariantCulture, $"\r{task}: {value.Stage} {value.Done:N0}");
        }
        else
        {
            var filled = (int)Math.Round(value.Fraction * BarWidth);
            line = string.Create(
                CultureInfo.InvariantCulture,
                $"\r{task}: [{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Fraction * 100,5:F1}% {value.Stage}");
        }

        writer.Write(line.PadRight(Console.IsErrorRedirected ? 0 : Math.Max(0, SafeWidth() - 1)));
        _barOpen = true;
    }

    private void WritePlain(OperationProgress value)
    {
        var quarter = double.IsNaN(value.Fraction) ? -1 : (int)(value.Fraction * 4);
        if (value.Stage == _stage && quarter == _lastQuarter)
        {
            return;
        }

        _stage = value.Stage;
        _lastQuarter = quarter;
        writer.WriteLine(double.IsNaN(value.Fraction)
            ? string.Create(CultureInfo.InvariantCulture, $"{task}: {value.Stage} {value.Done:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"{task}: {value.Stage} {value.Fraction * 100:F0}%"));
    }

    private static int SafeWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
