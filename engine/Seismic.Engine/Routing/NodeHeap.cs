using System.Runtime.CompilerServices;

namespace Seismic.Engine.Routing;

/// <summary>
/// A binary min-heap of node ids keyed by double, with decrease-key through a position array. Keys and ids sit in
/// parallel arrays in heap order so sifting touches contiguous memory. Reused between searches: <see cref="Clear"/>
/// only resets the entries that were used.
/// </summary>
internal sealed class NodeHeap
{
    private readonly double[] _keys;
    private readonly int[] _nodes;
    private readonly int[] _position;
    private int _count;

    public NodeHeap(int capacity)
    {
        _keys = new double[capacity];
        _nodes = new int[capacity];
        _position = new int[capacity];
        Array.Fill(_position, -1);
    }

    public int Count => _count;

    public double MinKey => _keys[0];

    public void Clear()
    {
        for (var i = 0; i < _count; i++)
        {
            _position[_nodes[i]] = -1;
        }

        _count = 0;
    }

    /// <summary>Inserts the node, or lowers its key when it is queued with a larger one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(int node, double key)
    {
        var i = _position[node];
        if (i < 0)
        {
            i = _count++;
        }
        else if (key >= _keys[i])
        {
            return;
        }

        SiftUp(i, node, key);
    }

    /// <summary>Removes and returns the node with the smallest key; after it the node may be pushed again.</summary>
    public int Pop()
    {
        var top = _nodes[0];
        _position[top] = -1;
        var last = --_count;
        if (last > 0)
        {
            SiftDown(_nodes[last], _keys[last], last);
        }

        return top;
    }

    private void SiftUp(int i, int node, double key)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            var pk = _keys[parent];
            if (pk <= key)
            {
                break;
            }

            _keys[i] = pk;
            var pn = _nodes[parent];
            _nodes[i] = pn;
            _position[pn] = i;
            i = parent;
        }

        _keys[i] = key;
        _nodes[i] = node;
        _position[node] = i;
    }

    private void SiftDown(int node, double key, int count)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            var ck = _keys[child];
            if (child + 1 < count && _keys[child + 1] < ck)
            {
                child++;
                ck = _keys[child];
            }

            if (key <= ck)
            {
                break;
            }

            _keys[i] = ck;
            var cn = _nodes[child];
            _nodes[i] = cn;
            _position[cn] = i;
            i = child;
        }

        _keys[i] = key;
        _nodes[i] = node;
        _position[node] = i;
    }
}
