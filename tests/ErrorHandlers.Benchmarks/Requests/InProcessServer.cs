using System.Collections;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace ErrorHandlers.Benchmarks.Requests;

/// <summary>
/// An <see cref="IServer"/> that runs requests in process, one at a time, over one reused connection, the way Kestrel
/// serves a keep-alive connection: the same feature object and the same <c>HttpContext</c> for every request, the
/// response headers cleared and the response's <c>OnStarting</c> callbacks run when its body is first written. So a
/// request allocates what the application allocates, not what a socket and a parser would; the body is counted and dropped.
/// </summary>
internal sealed class InProcessServer : IServer
{
    private Connection? _connection;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    /// <summary>Sends GET <paramref name="path"/> through the application's pipeline; returns the response's status code.</summary>
    public Task<int> GetAsync(string path) =>
        (_connection ?? throw new InvalidOperationException("The application has not started.")).SendAsync(path);

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        _connection = new Connection<TContext>(application);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }

    private abstract class Connection
    {
        public abstract Task<int> SendAsync(string path);
    }

    /// <summary>The connection and its one request at a time: every feature a request needs, in one object.</summary>
    private sealed class Connection<TContext>(IHttpApplication<TContext> application) : Connection,
        IFeatureCollection, IHttpRequestFeature, IHttpResponseFeature, IHttpResponseBodyFeature,
        IHttpRequestLifetimeFeature, IHttpRequestIdentifierFeature, IEndpointFeature, IRouteValuesFeature, IHostContextContainer<TContext>
        where TContext : notnull
    {
        private readonly List<KeyValuePair<Type, object>> _extraFeatures = [];
        private readonly List<(Func<object, Task> Callback, object State)> _onStarting = [];
        private readonly List<(Func<object, Task> Callback, object State)> _onCompleted = [];
        private readonly ResponseWriter _writer = new();
        private Stream? _responseStream;
        private RouteValueDictionary? _routeValues;

        public override async Task<int> SendAsync(string path)
        {
            Path = path;
            _writer.Reset(this);
            var context = application.CreateContext(this);
            Exception? failure = null;
            try
            {
                await application.ProcessRequestAsync(context);
                await StartAsync();
            }
            catch (Exception exception)
            {
                failure = exception;
                if (!HasStarted)
                {
                    StatusCode = StatusCodes.Status500InternalServerError;
                }
            }

            for (var i = _onCompleted.Count - 1; i >= 0; i--)
            {
                await _onCompleted[i].Callback(_onCompleted[i].State);
            }

            application.DisposeContext(context, failure);
            var status = StatusCode;
            Reset();
            return status;
        }

        private void Reset()
        {
            _extraFeatures.Clear();
            _onStarting.Clear();
            _onCompleted.Clear();
            RequestHeaders.Clear();
            RequestHeaders.Host = "127.0.0.1";
            Headers.Clear();
            StatusCode = StatusCodes.Status200OK;
            ReasonPhrase = null;
            HasStarted = false;
            Endpoint = null;
            _routeValues?.Clear();
            Revision++;
        }

        public TContext? HostContext { get; set; }

        // IFeatureCollection: this object answers for the features it implements, the others are kept per request.
        public bool IsReadOnly => false;

        public int Revision { get; private set; }

        public object? this[Type key]
        {
            get
            {
                if (IsOwn(key))
                {
                    return this;
                }

                foreach (var feature in _extraFeatures)
                {
                    if (feature.Key == key)
                    {
                        return feature.Value;
                    }
                }

                return null;
            }

            set
            {
                Revision++;
                for (var i = 0; i < _extraFeatures.Count; i++)
                {
                    if (_extraFeatures[i].Key == key)
                    {
                        _extraFeatures.RemoveAt(i);
                        break;
                    }
                }

                if (value is not null)
                {
                    _extraFeatures.Add(new(key, value));
                }
            }
        }

        /// <summary>Type compares, as Kestrel's generated feature collection makes.</summary>
        private static bool IsOwn(Type key) =>
            key == typeof(IHttpRequestFeature) || key == typeof(IHttpResponseFeature) || key == typeof(IHttpResponseBodyFeature)
            || key == typeof(IEndpointFeature) || key == typeof(IRouteValuesFeature) || key == typeof(IHttpRequestLifetimeFeature)
            || key == typeof(IHttpRequestIdentifierFeature);

        public TFeature? Get<TFeature>() => (TFeature?)this[typeof(TFeature)];

        public void Set<TFeature>(TFeature? instance) => this[typeof(TFeature)] = instance;

        public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => _extraFeatures.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // IHttpRequestFeature
        public string Protocol { get; set; } = "HTTP/1.1";

        public string Scheme { get; set; } = "http";

        public string Method { get; set; } = HttpMethods.Get;

        public string PathBase { get; set; } = "";

        public string Path { get; set; } = "/";

        public string QueryString { get; set; } = "";

        public string RawTarget { get; set; } = "/";

        IHeaderDictionary IHttpRequestFeature.Headers { get; set; } = new HeaderDictionary { ["Host"] = "127.0.0.1" };

        private IHeaderDictionary RequestHeaders => ((IHttpRequestFeature)this).Headers;

        Stream IHttpRequestFeature.Body { get; set; } = Stream.Null;

        // IHttpResponseFeature
        public int StatusCode { get; set; } = StatusCodes.Status200OK;

        public string? ReasonPhrase { get; set; }

        public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

        Stream IHttpResponseFeature.Body
        {
            get => Stream;
            set => throw new NotSupportedException("The benchmarks' server keeps its response body.");
        }

        public bool HasStarted { get; private set; }

        public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Add((callback, state));

        public void OnCompleted(Func<object, Task> callback, object state) => _onCompleted.Add((callback, state));

        // IHttpResponseBodyFeature
        public Stream Stream => _responseStream ??= _writer.AsStream(leaveOpen: true);

        public PipeWriter Writer => _writer;

        public void DisableBuffering()
        {
        }

        public async Task StartAsync(CancellationToken cancellationToken = default)
        {
            if (HasStarted)
            {
                return;
            }

            // As Kestrel: the last registered callback runs first.
            for (var i = _onStarting.Count - 1; i >= 0; i--)
            {
                await _onStarting[i].Callback(_onStarting[i].State);
            }

            HasStarted = true;
        }

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The benchmarks send no files.");

        public Task CompleteAsync() => StartAsync();

        // IHttpRequestLifetimeFeature
        public CancellationToken RequestAborted { get; set; }

        public void Abort() => throw new InvalidOperationException("A benchmark request was aborted.");

        // IHttpRequestIdentifierFeature
        public string TraceIdentifier { get; set; } = "benchmark";

        // IEndpointFeature, IRouteValuesFeature: Kestrel keeps both on its connection too.
        public Endpoint? Endpoint { get; set; }

        public RouteValueDictionary RouteValues
        {
            get => _routeValues ??= [];
            set => _routeValues = value;
        }
    }

    /// <summary>
    /// The response body: one buffer, reused, whose bytes are dropped. Asking for memory starts the response, as
    /// Kestrel's writer does, so the response's <c>OnStarting</c> callbacks run before the first byte.
    /// </summary>
    private sealed class ResponseWriter : PipeWriter
    {
        private readonly byte[] _buffer = new byte[16 * 1024];
        private IHttpResponseBodyFeature? _response;

        private long _unflushed;

        public void Reset(IHttpResponseBodyFeature response) => _response = response;

        public override bool CanGetUnflushedBytes => true;

        public override long UnflushedBytes => _unflushed;

        public override void Advance(int bytes) => _unflushed += bytes;

        public override Memory<byte> GetMemory(int sizeHint = 0)
        {
            Start();
            return _buffer;
        }

        public override Span<byte> GetSpan(int sizeHint = 0)
        {
            Start();
            return _buffer;
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Start();
            _unflushed = 0;
            return default;
        }

        public override void CancelPendingFlush()
        {
        }

        public override void Complete(Exception? exception = null)
        {
        }

        private void Start()
        {
            if (_response is { } response)
            {
                _response = null;
                var started = response.StartAsync();
                if (!started.IsCompletedSuccessfully)
                {
                    started.GetAwaiter().GetResult();
                }
            }
        }
    }
}
