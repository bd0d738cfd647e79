#pragma once

// A real HTTP server for a download test (issue 14 point 4): Python's http.server serving a
// folder on 127.0.0.1, on a port the system picks, stopped when the test ends. No network
// beyond the machine. Needs /usr/bin/python3 (Debian's python3, which scripts/dev.sh installs
// with python3-qgis): without it start() fails and says why; it never skips.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace sortie::test
{

class HttpServer
{
  public:
    HttpServer() = default;
    ~HttpServer() { stop(); }
    HttpServer( const HttpServer & ) = delete;
    HttpServer &operator=( const HttpServer & ) = delete;

    /** Serve @p folder; false, with error(), when the server does not come up. */
    bool start( const QString &folder )
    {
      mProcess.setProcessChannelMode( QProcess::MergedChannels );
      mProcess.start( QStringLiteral( "/usr/bin/python3" ),
                      { QStringLiteral( "-u" ), QStringLiteral( "-m" ), QStringLiteral( "http.server" ),
                        QStringLiteral( "0" ), QStringLiteral( "--bind" ), QStringLiteral( "127.0.0.1" ),
                        QStringLiteral( "--directory" ), folder } );
      if ( !mProcess.waitForStarted( 10000 ) )
      {
        mError = QStringLiteral( "cannot start /usr/bin/python3 -m http.server: " ) + mProcess.errorString();
        return false;
      }
      // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
      const QRegularExpression serving( QStringLiteral( "port (\\d+)" ) );
      QElapsedTimer waited;
      waited.start();
      QByteArray said;
      while ( waited.elapsed() < 15000 )
      {
        mProcess.waitForReadyRead( 200 );
        said += mProcess.readAll();
        const QRegularExpressionMatch match = serving.match( QString::fromUtf8( said ) );
        if ( match.hasMatch() )
        {
          mPort = match.captured( 1 ).toInt();
          return true;
        }
      }
      mError = QStringLiteral( "http.server did not say its port: " ) + QString::fromUtf8( said );
      return false;
    }

    /** http://127.0.0.1:PORT/@p path */
    QString url( const QString &path ) const
    {
      return QStringLiteral( "http://127.0.0.1:%1/%2" ).arg( mPort ).arg( path );
    }
    QString error() const { return mError; }

    void stop()
    {
      if ( mProcess.state() != QProcess::NotRunning )
      {
        mProcess.terminate();
        if ( !mProcess.waitForFinished( 5000 ) )
          mProcess.kill();
        mProcess.waitForFinished( 5000 );
      }
    }

  private:
    QProcess mProcess;
    int mPort = 0;
    QString mError;
};

} // namespace sortie::test
