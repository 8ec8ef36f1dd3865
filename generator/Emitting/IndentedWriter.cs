using System;
using System.Text;

namespace ErrorHandlers.Generator.Emitting;

/// <summary>
/// Writes source line by line at the current indentation, with <c>\n</c> line ends on every platform. An emitter that
/// closes more than it opens, or ends with a block still open, fails here instead of writing code that does not compile.
/// </summary>
internal sealed class IndentedWriter
{
    private const string Indentation = "    ";
    private readonly StringBuilder _text = new();
    private int _depth;

    public IndentedWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(Indentation);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public IndentedWriter Open(string line)
    {
        Line(line);
        Line("{");
        return Indent();
    }

    public IndentedWriter Close()
    {
        Dedent();
        return Line("}");
    }

    public IndentedWriter Indent()
    {
        _depth++;
        return this;
    }

    public IndentedWriter Dedent()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("The writer closed a block it never opened.");
        }

        _depth--;
        return this;
    }

    /// <summary>The text written; every block must be closed.</summary>
    public override string ToString() =>
        _depth == 0
            ? _text.ToString()
            : throw new InvalidOperationException($"The writer ended with {_depth} block(s) still open.");
}
