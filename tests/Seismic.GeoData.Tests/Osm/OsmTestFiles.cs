using OsmSharp;
using OsmSharp.Streams;
using OsmSharp.Tags;

namespace Seismic.GeoData.Tests.Osm;

/// <summary>The hand-written OSM files under data/osm and a tiny PBF written on the fly.</summary>
internal static class OsmTestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "osm", name);

    /// <summary>
    /// Writes a PBF of <paramref name="nodeCount"/> nodes in a north-running line and one footway bridge over the
    /// first three. OsmSharp's PBF writer needs the metadata (version, changeset, user, timestamp) on every element,
    /// so it is set.
    /// </summary>
    public static void WriteTinyPbf(string path, int nodeCount = 3)
    {
        using var stream = File.Create(path);
        var target = new PBFOsmStreamTarget(stream, true, null, null);
        target.Initialize();
        var stamp = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= nodeCount; i++)
        {
            target.AddNode(new Node
            {
                Id = i,
                Latitude = 23.10 + (1e-6 * i),
                Longitude = 113.30,
                Version = 1,
                ChangeSetId = 1,
                UserId = 1,
                UserName = "surveyor",
                TimeStamp = stamp,
                Visible = true,
                Tags = new TagsCollection(),
            });
        }

        target.AddWay(new Way
        {
            Id = 10,
            Nodes = [1, 2, 3],
            Version = 1,
            ChangeSetId = 1,
            UserId = 1,
            UserName = "surveyor",
            TimeStamp = stamp,
            Visible = true,
            Tags = new TagsCollection(new Tag("highway", "footway"), new Tag("bridge", "yes")),
        });
        target.Flush();
        target.Close();
    }
}

/// <summary>A folder under the system temp folder, deleted on dispose.</summary>
internal sealed class OsmTempFolder : IDisposable
{
    public OsmTempFolder()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "seismic-osm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string File(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
