using NetTopologySuite.Geometries;

namespace Seismic.GeoData.Osm;

/// <summary>
/// Coordinates of every node read, as three parallel flat arrays sorted by id and searched by binary search.
/// PBF extracts deliver nodes sorted by id, so appending keeps the order and no sort is needed; hand-edited XML may
/// not, in which case <see cref="Seal"/> sorts once. 24 bytes per node and no per-node object.
/// </summary>
internal sealed class OsmNodeIndex
{
    private long[] _ids = new long[1024];
    private double[] _lon = new double[1024];
    private double[] _lat = new double[1024];
    private bool _sorted = true;
    private bool _sealed;

    /// <summary>Number of nodes stored.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a node; call before <see cref="Seal"/>.</summary>
    public void Add(long id, double lon, double lat)
    {
        if (Count == _ids.Length)
        {
            var size = _ids.Length * 2;
            Array.Resize(ref _ids, size);
            Array.Resize(ref _lon, size);
            Array.Resize(ref _lat, size);
        }

        if (Count > 0 && id <= _ids[Count - 1])
        {
            _sorted = false;
        }

        _ids[Count] = id;
        _lon[Count] = lon;
        _lat[Count] = lat;
        Count++;
    }

    /// <summary>Sorts by id when the input was not sorted; a repeated id keeps its last coordinates.</summary>
    public void Seal()
    {
        if (_sealed)
        {
            return;
        }

        _sealed = true;
        if (_sorted)
        {
            return;
        }

        var order = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            order[i] = i;
        }

        var keys = _ids.AsSpan(0, Count).ToArray();
        // The sort is not stable, so among repeated ids the highest original position is picked explicitly:
        // the last version in the file wins, as in an osmChange-style edit.
        Array.Sort(keys, order);
        var ids = new long[Count];
        var lon = new double[Count];
        var lat = new double[Count];
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            var j = i;
            var best = order[i];
            while (j + 1 < Count && keys[j + 1] == keys[i])
            {
                j++;
                best = Math.Max(best, order[j]);
            }

            ids[n] = keys[i];
            lon[n] = _lon[best];
            lat[n] = _lat[best];
            n++;
            i = j;
        }

        _ids = ids;
        _lon = lon;
        _lat = lat;
        Count = n;
    }

    /// <summary>Envelope of all stored nodes; a null envelope when there are none.</summary>
    public Envelope Envelope()
    {
        var envelope = new Envelope();
        for (var i = 0; i < Count; i++)
        {
            envelope.ExpandToInclude(_lon[i], _lat[i]);
        }

        return envelope;
    }

    /// <summary>Looks a node up after <see cref="Seal"/>.</summary>
    public bool TryGet(long id, out double lon, out double lat)
    {
        var i = Array.BinarySearch(_ids, 0, Count, id);
        if (i < 0)
        {
            lon = 0;
            lat = 0;
            return false;
        }

        lon = _lon[i];
        lat = _lat[i];
        return true;
    }
}
