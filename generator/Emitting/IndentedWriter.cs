using System.Text;

namespace ErrorHandlers.Generator.Emitting;

/// <summary>Writes source line by line at the current indentation, with <c>\n</c> line ends on every platform.</summary>
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
        _depth--;
        return this;
    }

    public override string ToString() => _text.ToString();
}
