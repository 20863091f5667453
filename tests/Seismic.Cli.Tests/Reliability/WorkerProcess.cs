using System.Diagnostics;
using System.Text;
using Seismic.SmsSimulator;

namespace Seismic.Cli.Tests.Reliability;

/// <summary>The built <c>seismic</c> program run as a child process (<c>dotnet seismic.dll worker …</c>) against a simulator.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process)
    {
        this.process = process;
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts <c>seismic</c> with the simulator's account in the environment.</summary>
    public static WorkerProcess Start(SmsSimulatorServer simulator, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "seismic.dll");
        File.Exists(dll).Should().BeTrue($"the CLI is built next to the tests ({dll})");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["SEISMIC_TWILIO_ACCOUNT_SID"] = simulator.Options.AccountSid;
        info.Environment["SEISMIC_TWILIO_AUTH_TOKEN"] = simulator.Options.AuthToken;
        info.Environment["SEISMIC_TWILIO_FROM"] = simulator.Options.ServiceNumber;
        info.Environment["SEISMIC_TWILIO_BASE_URL"] = simulator.BaseUrl.ToString();
        info.Environment.Remove("SEISMIC_POSTGRES");
        info.Environment.Remove("SEISMIC_PUBLIC_URL");
        var worker = new WorkerProcess(new Process { StartInfo = info });
        worker.process.OutputDataReceived += (_, e) => worker.Append(e.Data, false);
        worker.process.ErrorDataReceived += (_, e) => worker.Append(e.Data, true);
        worker.process.Start();
        worker.process.BeginOutputReadLine();
        worker.process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits for the "worker … started" line.</summary>
    public Task WaitStartedAsync(TimeSpan timeout) => started.Task.WaitAsync(timeout);

    /// <summary>Kills the process and everything it started, as a power cut or OOM kill would.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    /// <summary>Waits for the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"seismic did not exit within {timeout}; its output:\n{Output}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Append(string? line, bool error)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(error ? "[err] " : string.Empty).AppendLine(line);
        }

        if (!error && line.StartsWith("worker ", StringComparison.Ordinal) && line.Contains(" started", StringComparison.Ordinal))
        {
            started.TrySetResult();
        }
    }
}
