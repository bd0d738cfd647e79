<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>QObject</name>
    <message>
        <source>Basemap: Natural Earth country boundaries (public domain), as shipped with QGIS.</source>
        <translation>기본 지도: Natural Earth 국경선(퍼블릭 도메인), QGIS 동봉본.</translation>
    </message>
    <message>
        <source>Sortie sample: reconstructed Il-62M flights, 2023-2024</source>
        <translation>Sortie 예제: 재구성한 Il-62M 비행, 2023-2024</translation>
    </message>
    <message>
        <source>Flights and events, %1</source>
        <translation>비행과 사건, %1</translation>
    </message>
    <message>
        <source>Sortie sample</source>
        <translation>Sortie 예제</translation>
    </message>
    <message>
        <source>Example: RA-86559 flew Moscow to Pyongyang, unannounced, nine days after Kim&apos;s visits in the Russian Far East; it may have prepared the visit Lavrov made in October.</source>
        <translation>예시: RA-86559가 김정은의 러시아 극동 방문 9일 뒤 예고 없이 모스크바에서 평양으로 비행함. 10월 라브로프 방문을 준비했을 가능성이 있음.</translation>
    </message>
    <message>
        <source>possibly</source>
        <translation>가능성 있음</translation>
    </message>
    <message>
        <source>RA-86559&apos;s flight on 2023-09-25</source>
        <translation>RA-86559의 2023-09-25 비행</translation>
    </message>
    <message>
        <source>Example: a Russian military aircraft landed in Pyongyang the day Deputy Defence Minister Krivoruchko&apos;s delegation met Kim; it may have carried the delegation.</source>
        <translation>예시: 크리보루치코 국방차관 대표단이 김정은을 만난 날 러시아 군용기가 평양에 착륙함. 대표단을 수송했을 수 있음.</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>가능성 높음</translation>
    </message>
    <message>
        <source>the delegation&apos;s meeting and the flight the same day</source>
        <translation>대표단 접견과 같은 날의 비행</translation>
    </message>
    <message>
        <source>Example: the day after a KPA military-education delegation was sent to Russia, a Russian Air Force jet flew to Pyongyang, its transponder briefly off over Siberia.</source>
        <translation>예시: 조선인민군 군사교육 대표단이 러시아로 파견된 다음 날 러시아 공군기가 평양으로 비행함. 시베리아 상공에서 잠시 트랜스폰더가 꺼짐.</translation>
    </message>
    <message>
        <source>the flight and its take-off about 04:10 UTC</source>
        <translation>비행과 04:10 UTC 무렵의 이륙</translation>
    </message>
    <message>
        <source>Example: RA-86559, 8 d after Knevichi</source>
        <translation>예시: RA-86559, 크네비치 8일 후</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>On this map</source>
        <translation>이 지도의 범례</translation>
    </message>
    <message>
        <source>The correlations table was cut after %1 pages.</source>
        <translation>상관관계 표가 %1쪽 뒤에서 잘렸습니다.</translation>
    </message>
    <message>
        <source>Correlations, continued</source>
        <translation>상관관계(계속)</translation>
    </message>
    <message>
        <source>A correlation&apos;s row is taller than a page; it was cut.</source>
        <translation>상관관계 한 행이 한 쪽보다 길어 잘렸습니다.</translation>
    </message>
    <message>
        <source>Correlation %1 of %2: %3</source>
        <translation>상관관계 %1/%2: %3</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>인용 없음</translation>
    </message>
    <message>
        <source>Tracks reconstructed from press reports; not ADS-B data.</source>
        <translation>항적은 언론 보도로 재구성한 것이며 ADS-B 자료가 아님.</translation>
    </message>
    <message>
        <source>Cannot write %1: its folder does not exist.</source>
        <translation>%1을(를) 쓸 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>비행</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>What the data says</source>
        <translation>데이터가 보여 주는 것</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Graticule</source>
        <translation>경위선망</translation>
    </message>
    <message>
        <source> · dark %1</source>
        <translation> · 신호 끊김 %1</translation>
    </message>
    <message>
        <source> · landed, not seen (%1)</source>
        <translation> · 착륙 추정, 미관측 (%1)</translation>
    </message>
    <message>
        <source> · on the ground, no data (%1)</source>
        <translation> · 지상, 데이터 없음 (%1)</translation>
    </message>
    <message>
        <source> · no data %1</source>
        <translation> · 데이터 없음 %1</translation>
    </message>
    <message>
        <source>Basemap file not found: %1 (package qgis-common)</source>
        <translation>기본 지도 파일이 없습니다: %1 (qgis-common 패키지)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Basemap layer &apos;countries&apos; could not be read from %1</source>
        <translation>%1에서 기본 지도 레이어 &apos;countries&apos;를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Gaps in flight</source>
        <translation>비행 중 공백</translation>
    </message>
    <message>
        <source>Sortie data</source>
        <translation>Sortie 데이터</translation>
    </message>
    <message>
        <source>Airbases</source>
        <translation>비행장</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>비행 구간</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>The map tables for QGIS could not be copied: %1</source>
        <translation>QGIS용 지도 테이블을 복사할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Positions (every %1th fix: %2 of %3; Sortie shows all)</source>
        <translation>위치 (%1번째 측위마다: %3개 중 %2개; Sortie에는 모두 표시)</translation>
    </message>
    <message>
        <source>Ground stops</source>
        <translation>지상 체류</translation>
    </message>
    <message>
        <source>QGIS cannot read the table behind layer &quot;%1&quot;</source>
        <translation>QGIS가 레이어 &quot;%1&quot;의 테이블을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>QGIS could not write the embedded project: %1</source>
        <translation>QGIS가 내장 프로젝트를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Sortie projects (*%1)</source>
        <translation>Sortie 프로젝트 (*%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Actors: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;관련 인물·기관: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No source cited.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;인용한 출처 없음.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;출처&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;cited for: %1&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;근거 내용: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Take-off</source>
        <translation>이륙</translation>
    </message>
    <message>
        <source>First seen (take-off inferred, not seen)</source>
        <translation>최초 관측 (이륙 추정, 미관측)</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>최초 관측</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>착륙</translation>
    </message>
    <message>
        <source>Last seen (landing inferred, not seen)</source>
        <translation>최종 관측 (착륙 추정, 미관측)</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>최종 관측</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>%1 km (%2 NM), great circle</source>
        <translation>%1 km (%2 NM), 대권 거리</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gaps&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;공백&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Left tracking data at %1. &lt;i&gt;%2&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1에 추적 데이터에서 사라짐. &lt;i&gt;%2&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 without positions from %2: %3. &lt;i&gt;%4&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%2부터 %1 동안 위치 없음: %3. &lt;i&gt;%4&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>an unknown field</source>
        <translation>알 수 없는 비행장</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before: a ground stop inferred at %2, about %1 from %3 (landing and take-off not seen).&lt;/p&gt;</source>
        <translation>&lt;p&gt;이전: %2에서 지상 체류 추정, %3부터 약 %1 (착륙·이륙 미관측).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After: a ground stop inferred at %2, about %1 until %3 (landing and take-off not seen).&lt;/p&gt;</source>
        <translation>&lt;p&gt;이후: %2에서 지상 체류 추정, %3까지 약 %1 (착륙·이륙 미관측).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before take-off: %1 on the ground at %2, from %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이륙 전: %3부터 %2에서 %1 동안 지상.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After landing: %1 on the ground at %2, until %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;착륙 후: %3까지 %2에서 %1 동안 지상.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>as the event %1</source>
        <translation>사건이 %1할 때</translation>
    </message>
    <message>
        <source>%1 after the event %2</source>
        <translation>사건이 %2한 지 %1 후</translation>
    </message>
    <message>
        <source>%1 before the event %2</source>
        <translation>사건이 %2하기 %1 전</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>began</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>a flight no longer in the data</source>
        <translation>데이터에 더 이상 없는 비행</translation>
    </message>
    <message>
        <source>took off from %1 %2</source>
        <translation>%1에서 이륙, %2</translation>
    </message>
    <message>
        <source>landed at %1 %2</source>
        <translation>%1에 착륙, %2</translation>
    </message>
    <message>
        <source>in the air during the event</source>
        <translation>사건 동안 비행 중</translation>
    </message>
    <message>
        <source>on the ground at %1 during the event (%2 of it)</source>
        <translation>사건 동안 %1에서 지상 (그중 %2)</translation>
    </message>
    <message>
        <source>on the ground at %1 at the moment of the event</source>
        <translation>사건 시점에 %1에서 지상</translation>
    </message>
    <message>
        <source>event %1 is no longer in the project</source>
        <translation>사건 %1은(는) 더 이상 프로젝트에 없음</translation>
    </message>
    <message>
        <source>a linked flight is no longer in the data</source>
        <translation>연결된 비행이 더 이상 데이터에 없음</translation>
    </message>
    <message>
        <source>takes off from</source>
        <translation>이륙지</translation>
    </message>
    <message>
        <source>lands at</source>
        <translation>착륙지</translation>
    </message>
    <message>
        <source>%1 %2, the event&apos;s field</source>
        <translation>%1 %2, 사건 현장 비행장</translation>
    </message>
    <message>
        <source>%1 %2, in the event&apos;s country (%3)</source>
        <translation>%1 %2, 사건 발생국 (%3)</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>dismiss suggestion</source>
        <translation>제안 무시</translation>
    </message>
    <message>
        <source>event</source>
        <translation>사건</translation>
    </message>
    <message numerus="yes">
        <source>%1, unlinked from %n correlation(s)</source>
        <translation>
            <numerusform>%1, 상관관계 %n건에서 연결 해제</numerusform>
        </translation>
    </message>
    <message>
        <source>add %1 %2</source>
        <translation>%1 %2 추가</translation>
    </message>
    <message>
        <source>edit %1 %2</source>
        <translation>%1 %2 편집</translation>
    </message>
    <message>
        <source>delete %1 %2</source>
        <translation>%1 %2 삭제</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>뒤따름</translation>
    </message>
    <message>
        <source>precedes</source>
        <translation>앞섬</translation>
    </message>
    <message>
        <source>coincides with</source>
        <translation>동시 발생</translation>
    </message>
    <message>
        <source>carries the delegation for</source>
        <translation>대표단 수송</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>%1: cannot export to .%2; the formats are .kml, .geojson and .csv</source>
        <translation>%1: .%2 형식으로는 내보낼 수 없습니다. 가능한 형식은 .kml, .geojson, .csv입니다</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>기종: %1</translation>
    </message>
    <message>
        <source>Callsigns: %1</source>
        <translation>호출부호: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>출처: %1 (%2)</translation>
    </message>
    <message>
        <source> (for: %1)</source>
        <translation> (근거: %1)</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>관련 인물·기관: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Sortie export</source>
        <translation>Sortie 내보내기</translation>
    </message>
    <message>
        <source>Exported by Sortie %1. Times are UTC.</source>
        <translation>Sortie %1에서 내보냄. 시각은 UTC.</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>항적</translation>
    </message>
    <message>
        <source>layer %1 has no points; skipped</source>
        <translation>레이어 %1에 점이 없어 건너뜀</translation>
    </message>
    <message>
        <source>layer %1 has points but neither a time nor an icao column; skipped</source>
        <translation>레이어 %1에 점은 있으나 시각 열도 icao 열도 없어 건너뜀</translation>
    </message>
    <message>
        <source>layer %1, feature %2: %3</source>
        <translation>레이어 %1, 객체 %2: %3</translation>
    </message>
    <message>
        <source>no time or no position; skipped</source>
        <translation>시각 또는 위치가 없어 건너뜀</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>no position; skipped</source>
        <translation>위치가 없어 건너뜀</translation>
    </message>
    <message>
        <source>Sortie project</source>
        <translation>Sortie 프로젝트</translation>
    </message>
    <message>
        <source>not a GeoPackage GDAL can read: %1</source>
        <translation>GDAL이 읽을 수 있는 GeoPackage가 아님: %1</translation>
    </message>
    <message>
        <source>no layer with timed points or airbases</source>
        <translation>시각이 있는 점이나 비행장 레이어가 없음</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>폴더 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not save %1: cannot replace the file (error %2)</source>
        <translation>%1을(를) 저장할 수 없습니다: 파일을 교체할 수 없음 (오류 %2)</translation>
    </message>
    <message>
        <source>Could not save %1: cannot write the file to disk: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: 디스크에 파일을 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>Could not save %1: cannot replace the file: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: 파일을 교체할 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 is open in another Sortie (process %2 on %3). If that Sortie is no longer running, delete %4.</source>
        <translation>%1은(는) 다른 Sortie에서 열려 있습니다 (%3의 프로세스 %2). 그 Sortie가 더 이상 실행 중이 아니면 %4을(를) 삭제하십시오.</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>%1 is open in another Sortie.</source>
        <translation>%1은(는) 다른 Sortie에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>%1 is in a folder Sortie cannot write to.</source>
        <translation>%1은(는) Sortie가 쓸 수 없는 폴더에 있습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing.</source>
        <translation>%1을(를) 쓰기용으로 잠글 수 없습니다.</translation>
    </message>
    <message>
        <source>table %1 is missing; nothing of it was read</source>
        <translation>테이블 %1이(가) 없어 아무것도 읽지 않음</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>테이블 %1, 행 %2: %3</translation>
    </message>
    <message>
        <source>the database cannot be checked</source>
        <translation>데이터베이스를 검사할 수 없음</translation>
    </message>
    <message>
        <source>the database check failed</source>
        <translation>데이터베이스 검사 실패</translation>
    </message>
    <message>
        <source>the workbench state is not a JSON object (%1); the default view is used</source>
        <translation>작업대 상태가 JSON 객체가 아님 (%1). 기본 보기를 사용함</translation>
    </message>
    <message>
        <source>airbase without a position; skipped</source>
        <translation>위치 없는 비행장; 건너뜀</translation>
    </message>
    <message>
        <source>event without an id; skipped</source>
        <translation>id 없는 사건; 건너뜀</translation>
    </message>
    <message>
        <source>event %1 without a start; skipped with its sources</source>
        <translation>시작 시각 없는 사건 %1; 출처와 함께 건너뜀</translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;; read as &quot;other&quot;</source>
        <translation>알 수 없는 사건 종류 &quot;%1&quot;; &quot;other&quot;로 읽음</translation>
    </message>
    <message>
        <source>unknown date precision &quot;%1&quot;; read as &quot;time&quot;</source>
        <translation>알 수 없는 날짜 정밀도 &quot;%1&quot;; &quot;time&quot;으로 읽음</translation>
    </message>
    <message>
        <source>a second event with id %1; skipped</source>
        <translation>id %1인 두 번째 사건; 건너뜀</translation>
    </message>
    <message>
        <source>source of an unknown event %1; skipped</source>
        <translation>알 수 없는 사건 %1의 출처; 건너뜀</translation>
    </message>
    <message>
        <source>correlation without an id, or a second one with it; skipped</source>
        <translation>id가 없거나 중복된 상관관계; 건너뜀</translation>
    </message>
    <message>
        <source>link of an unknown correlation; skipped</source>
        <translation>알 수 없는 상관관계의 연결; 건너뜀</translation>
    </message>
    <message>
        <source>link to neither an event nor a flight; skipped</source>
        <translation>사건에도 비행에도 연결되지 않음; 건너뜀</translation>
    </message>
    <message>
        <source>source of an unknown correlation; skipped</source>
        <translation>알 수 없는 상관관계의 출처; 건너뜀</translation>
    </message>
    <message>
        <source>annotation without an id, a known kind or points; skipped</source>
        <translation>id, 알려진 종류 또는 점이 없는 주석; 건너뜀</translation>
    </message>
    <message>
        <source>a second track %1; skipped</source>
        <translation>두 번째 항적 %1; 건너뜀</translation>
    </message>
    <message>
        <source>track without an id; skipped</source>
        <translation>id 없는 항적; 건너뜀</translation>
    </message>
    <message>
        <source>position of an unknown track; skipped</source>
        <translation>알 수 없는 항적의 위치; 건너뜀</translation>
    </message>
    <message>
        <source>position without a time or a place; skipped</source>
        <translation>시각이나 장소 없는 위치; 건너뜀</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없음</translation>
    </message>
    <message>
        <source>%1 is not a Sortie project: not a GeoPackage (SQLite) file</source>
        <translation>%1은(는) Sortie 프로젝트가 아닙니다: GeoPackage(SQLite) 파일이 아님</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a GeoPackage: %2</source>
        <translation>%1을(를) GeoPackage로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>damaged or not a GeoPackage</source>
        <translation>손상되었거나 GeoPackage가 아님</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was read from it</source>
        <translation>%1이(가) 손상됨 (%2). 아무것도 읽지 않음</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version &quot;%2&quot; is not a number</source>
        <translation>%1이(가) 손상됨: 스키마 버전 &quot;%2&quot;이(가) 숫자가 아님</translation>
    </message>
    <message>
        <source>%1 was written by a newer Sortie (%2, project schema %3); this Sortie reads schemas up to %4. Open it with that version or a later one.</source>
        <translation>%1은(는) 더 새로운 Sortie(%2, 프로젝트 스키마 %3)로 작성되었습니다. 이 Sortie는 스키마 %4까지 읽습니다. 해당 버전 이상으로 여십시오.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상됨: %2</translation>
    </message>
    <message>
        <source>reading failed</source>
        <translation>읽기 실패</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL에 GeoPackage 드라이버가 없음</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>파일을 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot start writing</source>
        <translation>쓰기를 시작할 수 없음</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>파일을 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot finish the file</source>
        <translation>파일을 마무리할 수 없음</translation>
    </message>
    <message>
        <source>cannot create table %1</source>
        <translation>테이블 %1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1을(를) 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write the workbench state</source>
        <translation>작업대 상태를 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write airbase %1</source>
        <translation>비행장 %1을(를) 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write event %1</source>
        <translation>사건 %1을(를) 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write the sources of event %1</source>
        <translation>사건 %1의 출처를 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot create the correlation tables</source>
        <translation>상관관계 테이블을 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot write correlation %1</source>
        <translation>상관관계 %1을(를) 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write the dismissed suggestions</source>
        <translation>무시한 제안을 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write annotation %1</source>
        <translation>주석 %1을(를) 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot create the track tables</source>
        <translation>항적 테이블을 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot write track %1</source>
        <translation>항적 %1을(를) 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write the positions of %1</source>
        <translation>%1의 위치를 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write the legs of %1</source>
        <translation>%1의 비행 구간을 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write the gaps of %1</source>
        <translation>%1의 공백을 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write the ground stops of %1</source>
        <translation>%1의 지상 체류를 쓸 수 없음</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>no valid lat/lon; airbase skipped</source>
        <translation>유효한 위도/경도 없음; 비행장 건너뜀</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not civil, military, joint or unknown; taken as unknown</source>
        <translation>종류 &apos;%1&apos;은(는) civil, military, joint, unknown 중 하나가 아님; unknown으로 처리</translation>
    </message>
    <message>
        <source>neither name nor ICAO code; airbase skipped</source>
        <translation>이름도 ICAO 코드도 없음; 비행장 건너뜀</translation>
    </message>
    <message>
        <source>no valid latitude_deg/longitude_deg; airport skipped</source>
        <translation>유효한 latitude_deg/longitude_deg 없음; 공항 건너뜀</translation>
    </message>
    <message>
        <source>no &quot;now&quot; time or no &quot;aircraft&quot; list</source>
        <translation>&quot;now&quot; 시각 또는 &quot;aircraft&quot; 목록 없음</translation>
    </message>
    <message>
        <source>aircraft %1 (%2 in the list): no usable time; skipped</source>
        <translation>항공기 %1 (목록의 %2번째): 쓸 수 있는 시각 없음; 건너뜀</translation>
    </message>
    <message>
        <source>aircraft %1: %2; skipped</source>
        <translation>항공기 %1: %2; 건너뜀</translation>
    </message>
    <message>
        <source>joined from several snapshots</source>
        <translation>여러 스냅숏에서 합침</translation>
    </message>
    <message>
        <source>event has no title</source>
        <translation>사건에 제목이 없음</translation>
    </message>
    <message>
        <source>start &apos;%1&apos; is not a date (YYYY-MM, YYYY-MM-DD or ISO 8601 time)</source>
        <translation>시작 &apos;%1&apos;이(가) 날짜가 아님 (YYYY-MM, YYYY-MM-DD 또는 ISO 8601 시각)</translation>
    </message>
    <message>
        <source>precision &apos;%1&apos; unknown; taken from the date&apos;s form</source>
        <translation>정밀도 &apos;%1&apos;을(를) 알 수 없음; 날짜 형식에서 정함</translation>
    </message>
    <message>
        <source>end &apos;%1&apos; is not a date; ignored</source>
        <translation>종료 &apos;%1&apos;이(가) 날짜가 아님; 무시함</translation>
    </message>
    <message>
        <source>end &apos;%1&apos; is before the start; ignored</source>
        <translation>종료 &apos;%1&apos;이(가) 시작보다 이름; 무시함</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; unknown; taken as other</source>
        <translation>종류 &apos;%1&apos;을(를) 알 수 없음; 기타로 처리</translation>
    </message>
    <message>
        <source>events schema version %1 is not supported (this Sortie reads 1)</source>
        <translation>사건 스키마 버전 %1은(는) 지원하지 않음 (이 Sortie는 1을 읽음)</translation>
    </message>
    <message>
        <source>header lacks Timestamp/UTC or Position</source>
        <translation>머리글에 Timestamp/UTC 또는 Position이 없음</translation>
    </message>
    <message>
        <source>no valid time; row skipped</source>
        <translation>유효한 시각 없음; 행 건너뜀</translation>
    </message>
    <message>
        <source>header lacks network_time, hex, latitude or longitude</source>
        <translation>머리글에 network_time, hex, latitude 또는 longitude가 없음</translation>
    </message>
    <message>
        <source>no valid time or hex address; row skipped</source>
        <translation>유효한 시각 또는 hex 주소 없음; 행 건너뜀</translation>
    </message>
    <message>
        <source>trajectory has %1 positions and %2 datetimes; the first %3 pairs used</source>
        <translation>궤적에 위치 %1개와 시각 %2개가 있음; 처음 %3쌍을 사용</translation>
    </message>
    <message>
        <source>trajectory position %1 has no valid coordinates or datetime; skipped</source>
        <translation>궤적 위치 %1에 유효한 좌표 또는 시각이 없음; 건너뜀</translation>
    </message>
    <message>
        <source>trajectory position %1: %2; skipped</source>
        <translation>궤적 위치 %1: %2; 건너뜀</translation>
    </message>
    <message>
        <source>feature is neither a timed Point nor an MF-JSON trajectory; skipped</source>
        <translation>객체가 시각이 있는 Point도 MF-JSON 궤적도 아님; 건너뜀</translation>
    </message>
    <message>
        <source>track %1, point %2</source>
        <translation>항적 %1, 점 %2</translation>
    </message>
    <message>
        <source>time zone &apos;%1&apos; unknown; time taken as UTC</source>
        <translation>시간대 &apos;%1&apos;을(를) 알 수 없음; 시각을 UTC로 처리</translation>
    </message>
    <message>
        <source>floating time (no zone); taken as UTC</source>
        <translation>시간대 없는 시각; UTC로 처리</translation>
    </message>
    <message>
        <source>the event (from the calendar entry)</source>
        <translation>사건 (달력 항목에서)</translation>
    </message>
    <message>
        <source>cannot open the gzip stream</source>
        <translation>gzip 스트림을 열 수 없음</translation>
    </message>
    <message>
        <source>decompresses to more than %1 MiB, the most Sortie reads from one file; split the export</source>
        <translation>압축을 풀면 Sortie가 한 파일에서 읽는 최대치인 %1 MiB를 넘음; 내보낸 파일을 나누십시오</translation>
    </message>
    <message>
        <source>truncated or corrupt gzip data%1</source>
        <translation>잘렸거나 손상된 gzip 데이터%1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없음</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더임</translation>
    </message>
    <message>
        <source>is %1 MiB; Sortie reads files of up to %2 MiB at once: split the export</source>
        <translation>%1 MiB임; Sortie는 한 번에 %2 MiB까지 읽음: 내보낸 파일을 나누십시오</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>empty file (after decompression)</source>
        <translation>빈 파일 (압축 해제 후)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (first bad byte here); text may show replacement characters</source>
        <translation>유효한 UTF-8이 아님 (첫 잘못된 바이트 위치); 텍스트에 대체 문자가 보일 수 있음</translation>
    </message>
    <message>
        <source>not a track, airbase or event file Sortie can read (see docs/formats.md for the formats it knows)</source>
        <translation>Sortie가 읽을 수 있는 항적, 비행장, 사건 파일이 아님 (아는 형식은 docs/formats.md 참고)</translation>
    </message>
    <message>
        <source>read as %1, but nothing usable was found</source>
        <translation>%1(으)로 읽었으나 쓸 수 있는 내용이 없음</translation>
    </message>
    <message>
        <source>latitude %1 out of range</source>
        <translation>위도 %1이(가) 범위를 벗어남</translation>
    </message>
    <message>
        <source>longitude %1 out of range</source>
        <translation>경도 %1이(가) 범위를 벗어남</translation>
    </message>
    <message>
        <source>time %1 is not plausible for a tracked position</source>
        <translation>시각 %1은(는) 추적 위치로서 타당하지 않음</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>머리글 행 없음</translation>
    </message>
    <message>
        <source>unexpected end of input (expected &apos;%1&apos;)</source>
        <translation>입력이 예기치 않게 끝남 (&apos;%1&apos; 필요)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos;이(가) 필요하나 &apos;%2&apos;이(가) 있음</translation>
    </message>
    <message>
        <source>unexpected end of input (expected a number)</source>
        <translation>입력이 예기치 않게 끝남 (숫자 필요)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자가 필요함</translation>
    </message>
    <message>
        <source>line break inside a string</source>
        <translation>문자열 안에 줄바꿈이 있음</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>잘린 \u 이스케이프</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>잘못된 \u 이스케이프</translation>
    </message>
    <message>
        <source>unexpected end of input inside a string</source>
        <translation>문자열 안에서 입력이 예기치 않게 끝남</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>예기치 않은 문자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; not read</source>
        <translation>%1단계보다 깊게 중첩됨; 읽지 않음</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>입력이 예기치 않게 끝남</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>유효한 JSON이 아님: %1</translation>
    </message>
    <message>
        <source>gx:Track has %1 &lt;when&gt; and %2 &lt;gx:coord&gt;; the first %3 pairs used</source>
        <translation>gx:Track에 &lt;when&gt; %1개와 &lt;gx:coord&gt; %2개가 있음; 처음 %3쌍을 사용</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>올바른 형식의 XML이 아님: %1</translation>
    </message>
    <message>
        <source>header lacks time, icao24, lat or lon</source>
        <translation>머리글에 time, icao24, lat 또는 lon이 없음</translation>
    </message>
    <message>
        <source>no icao24 or no valid time; row skipped</source>
        <translation>icao24 또는 유효한 시각 없음; 행 건너뜀</translation>
    </message>
    <message>
        <source>time %1 is not a time; row skipped</source>
        <translation>시각 %1이(가) 시각이 아님; 행 건너뜀</translation>
    </message>
    <message>
        <source>trace row %1 lacks time, latitude or longitude; skipped</source>
        <translation>트레이스 행 %1에 시각, 위도 또는 경도가 없음; 건너뜀</translation>
    </message>
    <message>
        <source>trace row %1: time %2 + %3 s is not a time; skipped</source>
        <translation>트레이스 행 %1: 시각 %2 + %3초가 시각이 아님; 건너뜀</translation>
    </message>
    <message>
        <source>trace row %1: %2; skipped</source>
        <translation>트레이스 행 %1: %2; 건너뜀</translation>
    </message>
    <message>
        <source>text after the end of the JSON object</source>
        <translation>JSON 객체 끝 뒤에 텍스트가 있음</translation>
    </message>
    <message>
        <source>not valid JSON: %1; the %2 positions before it were kept</source>
        <translation>유효한 JSON이 아님: %1; 그 앞의 위치 %2개는 유지함</translation>
    </message>
    <message>
        <source>not a readsb trace: no numeric &quot;timestamp&quot; and &quot;trace&quot; array</source>
        <translation>readsb 트레이스가 아님: 숫자 &quot;timestamp&quot;와 &quot;trace&quot; 배열이 없음</translation>
    </message>
    <message>
        <source>remove track %1</source>
        <translation>항적 %1 제거</translation>
    </message>
    <message>
        <source>link to a track %1 that is not in the file; skipped</source>
        <translation>파일에 없는 항적 %1에 대한 연결; 건너뜀</translation>
    </message>
    <message>
        <source>%1 %2 differs from the one here with that id; added as %3</source>
        <translation>%1 %2이(가) 여기 있는 같은 id의 항목과 달라 %3(으)로 추가함</translation>
    </message>
    <message>
        <source>callout</source>
        <translation>설명선</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>표식</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>화살표</translation>
    </message>
    <message>
        <source>area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>The file was written by an older Sortie and could not be updated (stock QGIS may show another file&apos;s data until the next save): %1</source>
        <translation>이 파일은 이전 버전의 Sortie로 작성되었으며 갱신하지 못했습니다(다음에 저장할 때까지 일반 QGIS에서 다른 파일의 데이터가 보일 수 있습니다): %1</translation>
    </message>
    <message>
        <source>%1 is a view, not a table: Sortie does not run a file&apos;s SQL; nothing of it was read</source>
        <translation>%1은(는) 테이블이 아니라 뷰입니다. Sortie는 파일에 담긴 SQL을 실행하지 않으므로 아무것도 읽지 않았습니다</translation>
    </message>
    <message>
        <source>the file holds triggers that Sortie did not write (%1); Sortie runs no SQL of a file, and saving leaves them out</source>
        <translation>파일에 Sortie가 만들지 않은 트리거가 있습니다(%1). Sortie는 파일의 SQL을 실행하지 않으며, 저장할 때 이를 남기지 않습니다</translation>
    </message>
    <message>
        <source>the file holds views that Sortie did not write (%1); they are not read, and saving leaves them out</source>
        <translation>파일에 Sortie가 만들지 않은 뷰가 있습니다(%1). 이를 읽지 않으며, 저장할 때 남기지 않습니다</translation>
    </message>
    <message>
        <source>The file&apos;s QGIS project &quot;%1&quot; cannot be read; Sortie ignores it and writes its own on the next save</source>
        <translation>파일의 QGIS 프로젝트 &quot;%1&quot;을(를) 읽을 수 없습니다. Sortie는 이를 무시하고 다음에 저장할 때 자체 프로젝트를 씁니다</translation>
    </message>
    <message>
        <source>The file&apos;s QGIS project &quot;%1&quot; has Python macros: ignored, never run</source>
        <translation>파일의 QGIS 프로젝트 &quot;%1&quot;에 Python 매크로가 있습니다: 무시하며 실행하지 않습니다</translation>
    </message>
    <message>
        <source>The file&apos;s QGIS project &quot;%1&quot; has Python expression functions: ignored, never run</source>
        <translation>파일의 QGIS 프로젝트 &quot;%1&quot;에 Python 표현식 함수가 있습니다: 무시하며 실행하지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s QGIS project &quot;%1&quot; has %n layer action(s): ignored, never run</source>
        <translation>
            <numerusform>파일의 QGIS 프로젝트 &quot;%1&quot;에 레이어 액션 %n개가 있습니다: 무시하며 실행하지 않습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s QGIS project &quot;%1&quot; has layers that read outside the file: %2; Sortie opens none of them</source>
        <translation>파일의 QGIS 프로젝트 &quot;%1&quot;에 파일 밖을 읽는 레이어가 있습니다: %2. Sortie는 이 중 어느 것도 열지 않습니다</translation>
    </message>
    <message>
        <source>%1 is not a Sortie project (it has no %2 table)</source>
        <translation>%1은(는) Sortie 프로젝트가 아닙니다(%2 테이블이 없음)</translation>
    </message>
    <message>
        <source>the database refused it</source>
        <translation>데이터베이스가 거부했습니다</translation>
    </message>
    <message>
        <source>team project %1</source>
        <translation>팀 프로젝트 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a team project: use lower-case letters, digits and _ (at most 63), not starting with a digit or pg_</source>
        <translation>&quot;%1&quot;은(는) 팀 프로젝트 이름이 될 수 없습니다: 영문 소문자, 숫자와 _를 쓰십시오(최대 63자, 숫자나 pg_로 시작할 수 없음)</translation>
    </message>
    <message>
        <source>cannot connect to the database</source>
        <translation>데이터베이스에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>the database already has a schema %1: choose another name</source>
        <translation>데이터베이스에 이미 %1 스키마가 있습니다: 다른 이름을 고르십시오</translation>
    </message>
    <message>
        <source>cannot open the new schema %1</source>
        <translation>새 스키마 %1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>Could not publish to %1: %2</source>
        <translation>%1에 게시할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a team project</source>
        <translation>&quot;%1&quot;은(는) 팀 프로젝트 이름이 아닙니다</translation>
    </message>
    <message>
        <source>Airbases of this project</source>
        <translation>이 프로젝트의 비행장</translation>
    </message>
    <message>
        <source>Military airfields</source>
        <translation>군용 비행장</translation>
    </message>
    <message>
        <source>Large airports</source>
        <translation>대형 공항</translation>
    </message>
    <message>
        <source>Medium airports</source>
        <translation>중형 공항</translation>
    </message>
    <message>
        <source>Small airfields</source>
        <translation>소형 비행장</translation>
    </message>
    <message>
        <source>Heliports, seaplane and balloon bases</source>
        <translation>헬기장, 수상기 및 기구 기지</translation>
    </message>
    <message>
        <source>Closed airfields</source>
        <translation>폐쇄된 비행장</translation>
    </message>
    <message>
        <source>Exported %1 UTC from %2 · map projection %3 · page [% @layout_page %] of [% @layout_numpages %]</source>
        <translation>%1 UTC에 %2에서 내보냄 · 지도 투영법 %3 · [% @layout_numpages %]쪽 중 [% @layout_page %]쪽</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(aircraft database)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(항공기 데이터베이스)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>등록 부호</translation>
    </message>
    <message>
        <source>ICAO address</source>
        <translation>ICAO 주소</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>기종</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>운영자</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>군용</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>ADS-B Exchange basic aircraft database</source>
        <translation>ADS-B Exchange 기본 항공기 데이터베이스</translation>
    </message>
    <message>
        <source>OpenSky aircraft database</source>
        <translation>OpenSky 항공기 데이터베이스</translation>
    </message>
    <message>
        <source>%1 is neither OpenSky&apos;s aircraft database (a CSV with an icao24 column) nor ADS-B Exchange&apos;s basic aircraft database (JSON lines with &quot;icao&quot;).</source>
        <translation>%1은(는) OpenSky 항공기 데이터베이스(icao24 열이 있는 CSV)도, ADS-B Exchange 기본 항공기 데이터베이스(&quot;icao&quot;가 있는 JSON 줄)도 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not an aircraft database written by Sortie.</source>
        <translation>%1은(는) Sortie가 쓴 항공기 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1, %2 airframes, converted %3 UTC</source>
        <translation>%1, 기체 %2대, %3 UTC 변환</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an ICAO address, a registration (reg:), a type (type:) nor &apos;military&apos;</source>
        <translation>&apos;%1&apos;은(는) ICAO 주소, 등록 부호(reg:), 기종(type:), &apos;military&apos; 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>From the aircraft database, not the source: %1</source>
        <translation>출처가 아니라 항공기 데이터베이스에서: %1</translation>
    </message>
    <message>
        <source>not enough memory to read this file</source>
        <translation>이 파일을 읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;Source: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;출처: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;출처&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (출처 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n positions</source>
        <translation>
            <numerusform>%1: 위치 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n where no denser source had data)</source>
        <translation>
            <numerusform> (더 조밀한 출처에 데이터가 없던 %n개 사용)</numerusform>
        </translation>
    </message>
    <message>
        <source>; data %1 UTC</source>
        <translation>; 데이터 %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>remove source %1</source>
        <translation>출처 %1 제거</translation>
    </message>
    <message>
        <source>cannot give the team its rights: %1</source>
        <translation>팀에 권한을 부여할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to name a team project (at most %2 characters: its roles add _reader and _editor)</source>
        <translation>&quot;%1&quot;은(는) 팀 프로젝트 이름으로 너무 깁니다 (최대 %2자: 역할 이름에 _reader와 _editor가 붙습니다)</translation>
    </message>
    <message numerus="yes">
        <source>%1, unlinked from %n flights only it saw</source>
        <translation>
            <numerusform>%1, 그 출처만 본 비행 %n건의 연결 해제</numerusform>
        </translation>
    </message>
    <message>
        <source>the server already has a role %1 or %2 (left by another team project, in this or another database): drop them or choose another name</source>
        <translation>서버에 이미 역할 %1 또는 %2이(가) 있습니다 (이 데이터베이스나 다른 데이터베이스의 다른 팀 프로젝트가 남긴 것): 삭제하거나 다른 이름을 고르십시오</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is given again later in the same object; the later value is used (%n value(s) replaced by a later one of the same name in this file)</source>
        <translation>
            <numerusform>&quot;%1&quot;이(가) 같은 객체 안에서 뒤에 다시 나옵니다. 뒤의 값을 씁니다 (이 파일에서 같은 이름의 뒤 값으로 바뀐 값 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer from the database</source>
        <translation>데이터베이스가 응답하지 않음</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>메모리 부족</translation>
    </message>
    <message>
        <source>%1 has no %2 table</source>
        <translation>%1에 %2 테이블이 없음</translation>
    </message>
    <message>
        <source>cannot record who edits: %1</source>
        <translation>편집자 기록을 준비할 수 없음: %1</translation>
    </message>
    <message>
        <source>too many names repeated within repeated members; not read</source>
        <translation>반복된 항목 안에서 반복된 이름이 너무 많아 읽지 않음</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>테이블 %1: %2</translation>
    </message>
    <message>
        <source>the team project has no such table</source>
        <translation>팀 프로젝트에 그런 테이블이 없습니다</translation>
    </message>
    <message>
        <source>cannot read what is to be added</source>
        <translation>추가할 내용을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot connect to the database: %1</source>
        <translation>데이터베이스에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Nothing was added to team project %1: %2</source>
        <translation>팀 프로젝트 %1에 아무것도 추가되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>the database has no PostGIS</source>
        <translation>데이터베이스에 PostGIS가 없습니다</translation>
    </message>
    <message>
        <source>a second annotation with id %1; skipped</source>
        <translation>ID가 %1인 두 번째 주석; 건너뜀</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>No aircraft data in this window</source>
        <translation>이 구간에는 항공기 데이터 없음</translation>
    </message>
</context>
<context>
    <name>sortie</name>
    <message>
        <source>unknown altitude</source>
        <translation>고도 미상</translation>
    </message>
    <message>
        <source>%L1 ft</source>
        <translation>%L1 ft</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 km</translation>
    </message>
    <message>
        <source>gap in flight</source>
        <translation>비행 중 공백</translation>
    </message>
    <message>
        <source>gap on the ground</source>
        <translation>지상 공백</translation>
    </message>
    <message>
        <source>ground stop inferred</source>
        <translation>지상 체류 추정</translation>
    </message>
    <message>
        <source>gap, whether it landed unknown</source>
        <translation>공백, 착륙 여부 미상</translation>
    </message>
    <message>
        <source>On the ground at both ends (%1 without positions).</source>
        <translation>양 끝 모두 지상 (%1 동안 위치 없음).</translation>
    </message>
    <message>
        <source>On the ground before and airborne after: it took off during the %1 without positions, when and where the data cannot say.</source>
        <translation>이전에는 지상, 이후에는 공중: 위치가 없는 %1 동안 이륙했으나 언제 어디서인지는 데이터로 알 수 없음.</translation>
    </message>
    <message>
        <source>Airborne before and on the ground after: it landed during the %1 without positions, when and where the data cannot say.</source>
        <translation>이전에는 공중, 이후에는 지상: 위치가 없는 %1 동안 착륙했으나 언제 어디서인지는 데이터로 알 수 없음.</translation>
    </message>
    <message>
        <source>%1 without positions; %2 apart, %3 at the speed flown; last seen at %4, next at %5</source>
        <translation>%1 동안 위치 없음; 거리 %2, 비행 속도로 %3; 최종 관측 %4, 다음 관측 %5</translation>
    </message>
    <message>
        <source>In flight: airborne at both ends, with no time to have landed (%1).</source>
        <translation>비행 중: 양 끝 모두 공중이며 착륙할 시간이 없었음 (%1).</translation>
    </message>
    <message>
        <source>at %1 (%2 away)</source>
        <translation>%1 (거리 %2)</translation>
    </message>
    <message>
        <source>at a field not among the airbases loaded</source>
        <translation>불러온 비행장 목록에 없는 비행장</translation>
    </message>
    <message>
        <source>an approach before the gap and a climb-out after it, %1 apart</source>
        <translation>공백 전 접근과 공백 후 상승, 거리 %1</translation>
    </message>
    <message>
        <source>a final approach before the gap</source>
        <translation>공백 전 최종 접근</translation>
    </message>
    <message>
        <source>an initial climb after the gap</source>
        <translation>공백 후 초기 상승</translation>
    </message>
    <message>
        <source>Ground stop inferred %1: %2, and time enough to land and take off (%3). Landing and take-off were not seen.</source>
        <translation>지상 체류 추정 %1: %2, 착륙과 이륙에 충분한 시간 (%3). 착륙과 이륙은 관측되지 않음.</translation>
    </message>
    <message>
        <source>Unknown: airborne at both ends, and time enough to have landed, but no approach or climb-out seen (%1).</source>
        <translation>미상: 양 끝 모두 공중이고 착륙할 시간은 있었으나 접근이나 상승이 관측되지 않음 (%1).</translation>
    </message>
</context>
<context>
    <name>sortie::AboutDialog</name>
    <message>
        <source>About Sortie</source>
        <translation>Sortie 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sortie %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sortie %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop GIS workbench for following aircraft movements against world events: flight tracks, airbases and dated events on one map and one timeline, with correlations annotated by hand and their sources kept beside them.</source>
        <translation>항공기 이동을 세계 사건과 대조해 추적하는 데스크톱 GIS 분석 도구: 항적, 비행장, 날짜가 있는 사건을 하나의 지도와 하나의 타임라인에 표시하고, 분석관이 직접 주석을 단 상관관계와 그 출처를 함께 보관합니다.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>버전 복사</translation>
    </message>
</context>
<context>
    <name>sortie::AircraftLayer</name>
    <message>
        <source>Aircraft</source>
        <translation>항공기</translation>
    </message>
</context>
<context>
    <name>sortie::AirportSearchBox</name>
    <message>
        <source>large airport</source>
        <translation>대형 공항</translation>
    </message>
    <message>
        <source>medium airport</source>
        <translation>중형 공항</translation>
    </message>
    <message>
        <source>small airfield</source>
        <translation>소형 비행장</translation>
    </message>
    <message>
        <source>heliport</source>
        <translation>헬기장</translation>
    </message>
    <message>
        <source>seaplane base</source>
        <translation>수상기 기지</translation>
    </message>
    <message>
        <source>balloon port</source>
        <translation>기구 기지</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>폐쇄됨</translation>
    </message>
    <message>
        <source>Find airport: ICAO, IATA or name</source>
        <translation>공항 찾기: ICAO, IATA 또는 이름</translation>
    </message>
    <message>
        <source>Type a code or part of a name, choose a field: the map goes there (Ctrl+F)</source>
        <translation>코드나 이름 일부를 입력하고 비행장을 고르면 지도가 그곳으로 이동합니다 (Ctrl+F)</translation>
    </message>
    <message>
        <source>military</source>
        <translation>군용</translation>
    </message>
</context>
<context>
    <name>sortie::AnnotationController</name>
    <message>
        <source>&amp;Callout</source>
        <translation>설명선(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>표식(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>화살표(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>영역(&amp;R)</translation>
    </message>
    <message>
        <source>M&amp;ove Annotations</source>
        <translation>주석 이동(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pan the Map</source>
        <translation>지도 이동(&amp;P)</translation>
    </message>
    <message>
        <source>click its tail, then its head</source>
        <translation>꼬리를 클릭한 다음 머리를 클릭</translation>
    </message>
    <message>
        <source>click each corner, right-click to close</source>
        <translation>꼭짓점마다 클릭, 오른쪽 클릭으로 닫기</translation>
    </message>
    <message>
        <source>click where it goes</source>
        <translation>놓을 곳을 클릭</translation>
    </message>
    <message>
        <source>Annotate: %1; Esc cancels.</source>
        <translation>주석: %1; Esc로 취소.</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Text of the callout:</source>
        <translation>설명선 텍스트:</translation>
    </message>
    <message>
        <source>Text (optional):</source>
        <translation>텍스트 (선택):</translation>
    </message>
    <message>
        <source>No annotation added.</source>
        <translation>추가한 주석 없음.</translation>
    </message>
    <message>
        <source>Annotation added; shown inside the selected time window</source>
        <translation>주석 추가됨. 선택한 시간 구간 안에서만 표시</translation>
    </message>
    <message>
        <source>Annotation added</source>
        <translation>주석 추가됨</translation>
    </message>
    <message>
        <source>Move annotations: drag one by any of its points; Esc or another tool ends.</source>
        <translation>주석 이동: 점 하나를 끌어 옮기십시오. Esc나 다른 도구로 끝냅니다.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>텍스트:</translation>
    </message>
</context>
<context>
    <name>sortie::BriefingController</name>
    <message>
        <source>&amp;Export...</source>
        <translation>내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>PDF 내보내기(&amp;P)...</translation>
    </message>
    <message>
        <source>Export for other tools</source>
        <translation>다른 도구용으로 내보내기</translation>
    </message>
    <message>
        <source>KML for Google Earth (*.kml);;GeoJSON, MF-JSON trajectories (*.geojson);;Events CSV (*.csv)</source>
        <translation>Google Earth용 KML (*.kml);;GeoJSON, MF-JSON 궤적 (*.geojson);;사건 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냄</translation>
    </message>
    <message>
        <source>unsaved project</source>
        <translation>저장하지 않은 프로젝트</translation>
    </message>
    <message>
        <source>Flights and events, %1</source>
        <translation>비행과 사건, %1</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 쓰는 중...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export cancelled; nothing written.</source>
        <translation>내보내기 취소됨. 아무것도 쓰지 않음.</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>PDF를 내보낼 수 없음</translation>
    </message>
    <message>
        <source>Exported 1 page to %1</source>
        <translation>%1(으)로 1쪽 내보냄</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pages to %1</source>
        <translation>
            <numerusform>%1(으)로 %n쪽 내보냄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sortie::CorrelationController</name>
    <message>
        <source>&amp;Link Flight to Event...</source>
        <translation>비행을 사건에 연결(&amp;L)...</translation>
    </message>
    <message>
        <source>Select a leg (timeline or map) and an event first</source>
        <translation>먼저 비행 구간(타임라인 또는 지도)과 사건을 선택하십시오</translation>
    </message>
    <message>
        <source>To link: select a leg on the timeline or the map, and an event, then Edit &gt; Link.</source>
        <translation>연결하려면 타임라인이나 지도에서 비행 구간과 사건을 선택한 뒤 편집 &gt; 연결을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>sortie::CorrelationDialog</name>
    <message>
        <source>Link flights to events</source>
        <translation>비행을 사건에 연결</translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation>연결 %1 편집</translation>
    </message>
    <message>
        <source>%1 (no longer in the project)</source>
        <translation>%1 (프로젝트에 더 이상 없음)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flights:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Events:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;비행:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;사건:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>What the data says (computed, UTC):</source>
        <translation>데이터가 보여 주는 것 (계산값, UTC):</translation>
    </message>
    <message>
        <source>the relation in your words</source>
        <translation>관계를 직접 서술</translation>
    </message>
    <message>
        <source>The flight</source>
        <translation>이 비행은</translation>
    </message>
    <message>
        <source>Your judgement, e.g. &quot;likely carrying the follow-up delegation&quot;</source>
        <translation>분석 판단, 예: &quot;후속 대표단을 수송했을 가능성 높음&quot;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>optional: likely, almost certainly...</source>
        <translation>선택: 가능성 높음, 거의 확실...</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Write the judgement in the note: the link is yours, not the software&apos;s.</source>
        <translation>메모에 판단을 적으십시오. 연결은 소프트웨어가 아니라 분석관의 판단입니다.</translation>
    </message>
    <message>
        <source>Say the relation in words, or choose one from the list.</source>
        <translation>관계를 직접 서술하거나 목록에서 고르십시오.</translation>
    </message>
</context>
<context>
    <name>sortie::CorrelationPanel</name>
    <message>
        <source>Filter: flight, event, note, source</source>
        <translation>필터: 비행, 사건, 메모, 출처</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>비행</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>편집...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>상관관계</translation>
    </message>
    <message>
        <source>Link...</source>
        <translation>연결...</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Text...</source>
        <translation>텍스트...</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>시간 구간</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>제안 (%1)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(텍스트 없음)</translation>
    </message>
    <message>
        <source>  — shown %1</source>
        <translation>  — 표시 %1</translation>
    </message>
    <message>
        <source>  — for %1</source>
        <translation>  — 대상 %1</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>주석 (%1)</translation>
    </message>
</context>
<context>
    <name>sortie::EventDialog</name>
    <message>
        <source>Add event</source>
        <translation>사건 추가</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>사건 편집</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>2023-08, 2023-07-25 or 2024-07-09 04:10</source>
        <translation>2023-08, 2023-07-25 또는 2024-07-09 04:10</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>시작 (UTC)</translation>
    </message>
    <message>
        <source>optional; inclusive (2023-07-27)</source>
        <translation>선택, 해당일 포함 (2023-07-27)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>종료 (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>ICAO code, e.g. ZKPY (optional)</source>
        <translation>ICAO 코드, 예: ZKPY (선택)</translation>
    </message>
    <message>
        <source>Airbase</source>
        <translation>비행장</translation>
    </message>
    <message>
        <source>latitude, longitude in degrees (optional)</source>
        <translation>위도, 경도 (도 단위, 선택)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>;로 구분</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>관련 인물·기관</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>사건에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>Start: write 2023-08, 2023-07-25 or 2024-07-09 04:10 (UTC).</source>
        <translation>시작: 2023-08, 2023-07-25 또는 2024-07-09 04:10 (UTC) 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>End: not a date.</source>
        <translation>종료: 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>End: before the start.</source>
        <translation>종료: 시작보다 이릅니다.</translation>
    </message>
    <message>
        <source>Position: latitude, longitude in degrees, e.g. 39.2241, 125.67.</source>
        <translation>위치: 위도, 경도(도 단위), 예: 39.2241, 125.67.</translation>
    </message>
</context>
<context>
    <name>sortie::EventKind</name>
    <message>
        <source>summit</source>
        <translation>정상회담</translation>
    </message>
    <message>
        <source>delegation visit</source>
        <translation>대표단 방문</translation>
    </message>
    <message>
        <source>treaty signing</source>
        <translation>조약 체결</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>flight report</source>
        <translation>비행 보도</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>sortie::EventPanel</name>
    <message>
        <source>Filter: title, place, actor, source</source>
        <translation>필터: 제목, 장소, 인물·기관, 출처</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Only in the timeline&apos;s selected window</source>
        <translation>타임라인에서 선택한 구간만</translation>
    </message>
    <message>
        <source>Select an event to see its sources.</source>
        <translation>사건을 선택하면 출처가 표시됩니다.</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>추가...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>편집...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>sortie::EventTableModel</name>
    <message>
        <source>Date (UTC)</source>
        <translation>날짜 (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>sortie::ExportPdfDialog</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>The time window in UTC</source>
        <translation>UTC 기준 시간 구간</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>부제(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>종료(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>O&amp;rientation:</source>
        <translation>방향(&amp;R):</translation>
    </message>
    <message>
        <source>at</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>&amp;Aircraft:</source>
        <translation>항공기(&amp;A):</translation>
    </message>
    <message>
        <source>Lines of latitude and longitude</source>
        <translation>위선과 경선</translation>
    </message>
    <message>
        <source>&amp;Graticule:</source>
        <translation>경위선망(&amp;G):</translation>
    </message>
    <message>
        <source>A page for each correlation checked below</source>
        <translation>아래에서 선택한 상관관계마다 한 쪽</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>쪽(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>저장 위치(&amp;V):</translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation>쪽을 배치하는 중...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>From and To take two UTC times, YYYY-MM-DD HH:MM, the first before the second.</source>
        <translation>시작과 종료에는 UTC 시각 두 개(YYYY-MM-DD HH:MM)를 입력하며, 시작이 종료보다 앞서야 합니다.</translation>
    </message>
    <message>
        <source>The aircraft&apos;s time takes a UTC time, YYYY-MM-DD HH:MM.</source>
        <translation>항공기 시각에는 UTC 시각(YYYY-MM-DD HH:MM)을 입력하십시오.</translation>
    </message>
    <message>
        <source>Check the correlations to give a page each, or leave Pages unchecked.</source>
        <translation>각각 한 쪽씩 만들 상관관계를 선택하거나, 쪽 항목을 선택 해제하십시오.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>PDF를 저장할 위치를 고르십시오.</translation>
    </message>
    <message>
        <source>The file&apos;s name must end in .pdf.</source>
        <translation>파일 이름은 .pdf로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>폴더 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>sortie::FlightPanel</name>
    <message>
        <source>Select a leg on the timeline or the map to see its details.</source>
        <translation>타임라인이나 지도에서 비행 구간을 선택하면 세부 정보가 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>sortie::ImportController</name>
    <message>
        <source>&amp;Import...</source>
        <translation>가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the import: nothing of it is added</source>
        <translation>가져오기 중지: 아무것도 추가되지 않습니다</translation>
    </message>
    <message>
        <source>Import tracks, airbases or events</source>
        <translation>항적, 비행장 또는 사건 가져오기</translation>
    </message>
    <message>
        <source>Tracks, airbases and events (*.csv *.json *.gz *.kml *.gpx *.geojson *.ics);;Sortie projects, merged into this one (*.sortie.gpkg);;All files (*)</source>
        <translation>항적, 비행장, 사건 (*.csv *.json *.gz *.kml *.gpx *.geojson *.ics);;현재 프로젝트에 병합할 Sortie 프로젝트 (*.sortie.gpkg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Still importing; try again when it has finished.</source>
        <translation>아직 가져오는 중입니다. 끝난 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>가져오는 중...</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>%1 가져오는 중 (%3개 중 %2번째)</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>폴더 가져오기(&amp;F)...</translation>
    </message>
    <message>
        <source>Every file of a folder and its subfolders (a day of trace files), on every core, keeping the aircraft asked for</source>
        <translation>폴더와 하위 폴더의 모든 파일(하루치 항적 파일)을 모든 코어로 읽고, 지정한 항공기만 남깁니다</translation>
    </message>
    <message>
        <source>Import every file of a folder and its subfolders</source>
        <translation>폴더와 하위 폴더의 모든 파일 가져오기</translation>
    </message>
    <message>
        <source>Which aircraft</source>
        <translation>어떤 항공기</translation>
    </message>
    <message>
        <source>Keep only these aircraft (empty: all). ICAO addresses, registrations, type:C17, military; separated by spaces or commas. What a file does not say is looked up in the aircraft database.</source>
        <translation>이 항공기만 남깁니다(비우면 전부). ICAO 주소, 등록 부호, type:C17, military를 공백이나 쉼표로 구분합니다. 파일에 없는 정보는 항공기 데이터베이스에서 찾습니다.</translation>
    </message>
    <message>
        <source>Adding to the team project...</source>
        <translation>팀 프로젝트에 추가하는 중...</translation>
    </message>
    <message>
        <source>Import cancelled: the project files still go into the team project, not into this window.</source>
        <translation>가져오기를 취소했습니다: 프로젝트 파일은 팀 프로젝트에는 계속 들어가고, 이 창에는 들어가지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sortie::ImportReportDialog</name>
    <message>
        <source>1 file read</source>
        <translation>파일 1개 읽음</translation>
    </message>
    <message>
        <source>, 1 could not be read</source>
        <translation>, 1개는 읽을 수 없음</translation>
    </message>
    <message>
        <source>: %1 tracks, %2 airbases, %3 events</source>
        <translation>: 항적 %1, 비행장 %2, 사건 %3</translation>
    </message>
    <message>
        <source>; 1 problem</source>
        <translation>; 문제 1건</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>모두 복사</translation>
    </message>
    <message numerus="yes">
        <source>%n files read</source>
        <translation>
            <numerusform>파일 %n개 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation>
            <numerusform>, %n개는 읽을 수 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n problems</source>
        <translation>
            <numerusform>; 문제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>가져오기 취소됨: 아무것도 추가되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source> (%n left out by the filter)</source>
        <translation>
            <numerusform> (필터로 %n개 제외)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sortie::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Sortie will show its interface in %1 from the next start.</source>
        <translation>Sortie를 다음에 시작할 때부터 인터페이스가 %1(으)로 표시됩니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>sortie::MainWindow</name>
    <message>
        <source>Sortie</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>%1[*] — Sortie</source>
        <translation>%1[*] — Sortie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Changes can be kept with Save As.</source>
        <translation>&lt;b&gt;읽기 전용.&lt;/b&gt; %1 변경 사항은 다른 이름으로 저장하여 보존할 수 있습니다.</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>다른 이름으로 저장...</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>비행 정보</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>상관관계</translation>
    </message>
    <message>
        <source>Cursor position (WGS84)</source>
        <translation>커서 위치 (WGS84)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Event...</source>
        <translation>사건 추가(&amp;A)...</translation>
    </message>
    <message>
        <source>Anno&amp;tate Map</source>
        <translation>지도에 주석(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R): %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Region</source>
        <translation>지역으로 확대(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Data</source>
        <translation>데이터로 확대(&amp;D)</translation>
    </message>
    <message>
        <source>Zoom to &amp;World</source>
        <translation>세계 전체 보기(&amp;W)</translation>
    </message>
    <message>
        <source>Aircraft &amp;Trail</source>
        <translation>항공기 궤적(&amp;T)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>45 minutes</source>
        <translation>45분</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2시간</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6시간</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>배치 초기화(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sortie</source>
        <translation>Sortie 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>사건 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? %n correlation(s) cite it and will lose the link to it (Edit &gt; Undo restores both).</source>
        <translation>
            <numerusform>“%1”을(를) 삭제하시겠습니까? 이 사건을 인용한 상관관계 %n건의 연결이 끊어집니다 (편집 &gt; 실행 취소로 둘 다 복원).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>축척 1:%1</translation>
    </message>
    <message>
        <source>&amp;Remove Track...</source>
        <translation>항적 제거(&amp;R)...</translation>
    </message>
    <message>
        <source>Remove the track of the selected leg, with its links (undoable)</source>
        <translation>선택한 비행 구간의 항적을 연결과 함께 제거 (실행 취소 가능)</translation>
    </message>
    <message>
        <source>To remove a track: select one of its legs on the timeline or the map first.</source>
        <translation>항적을 제거하려면 먼저 타임라인이나 지도에서 그 비행 구간 하나를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the track of %1 (%2, %n position(s))? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>%1의 항적(%2, 위치 %n개)을 제거하시겠습니까? 편집 &gt; 실행 취소로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the track of %1 (%2)? %n correlation(s) name its flights and will lose the link to it (Edit &gt; Undo restores both).</source>
        <translation>
            <numerusform>%1의 항적(%2)을 제거하시겠습니까? 이 항적의 비행을 가리키는 상관관계 %n건의 연결이 끊어집니다 (편집 &gt; 실행 취소로 둘 다 복원).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>항적 제거</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>선택 항목으로 확대(&amp;S)</translation>
    </message>
    <message>
        <source>Frame the selected correlation, or the selected leg and event</source>
        <translation>선택한 상관관계, 또는 선택한 비행 구간과 사건을 지도에 맞춰 보기</translation>
    </message>
    <message>
        <source>Nothing to frame: select an event, a leg or a correlation first.</source>
        <translation>맞춰 볼 대상이 없습니다: 먼저 사건, 비행 구간 또는 상관관계를 선택하십시오.</translation>
    </message>
    <message>
        <source>This event has no place on the map.</source>
        <translation>이 사건은 지도에 위치가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 (%2, %n positions)</source>
        <translation>
            <numerusform>%1만 (%2, 위치 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is seen by %n sources. Remove (Edit &gt; Undo brings it back):</source>
        <translation>
            <numerusform>%1은(는) 출처 %n개에서 보입니다. 제거할 대상 (편집 &gt; 실행 취소로 되돌릴 수 있음):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sources of %1</source>
        <translation>
            <numerusform>%1의 출처 %n개 모두</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Team project.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;팀 프로젝트.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Archive positions could not be read: %1</source>
        <translation>보관소 위치를 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Archive: the first %1 positions (of %n aircraft) from %2, more than a window holds; the rest is read as the time moves on (read in %3 ms)</source>
        <translation>
            <numerusform>보관소: %2부터 처음 위치 %1개(항공기 %n대). 한 구간에 담을 수 있는 양을 넘어, 나머지는 시각이 움직이면 읽습니다(%3 ms에 읽음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive: %1 positions of %n aircraft, %2 to %3 (read in %4 ms)</source>
        <translation>
            <numerusform>보관소: 항공기 %n대의 위치 %1개, %2 ~ %3 (%4 ms에 읽음)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sortie::NavigationController</name>
    <message>
        <source>Map &amp;Projection...</source>
        <translation>지도 투영법(&amp;P)...</translation>
    </message>
    <message>
        <source>Choose the projection the map and the PDF are drawn in</source>
        <translation>지도와 PDF를 그릴 투영법을 고릅니다</translation>
    </message>
    <message>
        <source>&amp;Find Airport...</source>
        <translation>공항 찾기(&amp;F)...</translation>
    </message>
    <message>
        <source>Map projection: %1. Click to choose another.</source>
        <translation>지도 투영법: %1. 다른 투영법을 고르려면 누르십시오.</translation>
    </message>
    <message>
        <source>Map Projection</source>
        <translation>지도 투영법</translation>
    </message>
    <message>
        <source>The map and the PDF are drawn in this projection; it is saved with the project. View &gt; Zoom to Data chooses one for the data again.</source>
        <translation>지도와 PDF는 이 투영법으로 그려지며 프로젝트와 함께 저장됩니다. 보기 &gt; 데이터로 확대는 데이터에 맞는 투영법을 다시 고릅니다.</translation>
    </message>
    <message>
        <source>Map projection: %1</source>
        <translation>지도 투영법: %1</translation>
    </message>
    <message>
        <source>%1 cannot be shown in this projection.</source>
        <translation>%1은(는) 이 투영법으로 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Closed fields are not drawn: switch on &quot;Closed airfields&quot; in the Layers panel to see it.</source>
        <translation>폐쇄된 비행장은 그리지 않습니다. 보려면 레이어 패널에서 &quot;폐쇄된 비행장&quot;을 켜십시오.</translation>
    </message>
</context>
<context>
    <name>sortie::ProfilePlot</name>
    <message>
        <source>Select a leg on the timeline or the map.</source>
        <translation>타임라인이나 지도에서 비행 구간을 선택하십시오.</translation>
    </message>
    <message>
        <source>altitude</source>
        <translation>고도</translation>
    </message>
    <message>
        <source>ground speed</source>
        <translation>대지 속도</translation>
    </message>
</context>
<context>
    <name>sortie::ProjectController</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1 cannot be written (a read-only file or place).</source>
        <translation>%1에 쓸 수 없습니다 (읽기 전용 파일 또는 위치).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Not a Sortie project</source>
        <translation>Sortie 프로젝트가 아님</translation>
    </message>
    <message>
        <source>Import its layers into this project instead? Point layers with times become tracks, point layers with ICAO codes airbases.</source>
        <translation>대신 이 파일의 레이어를 현재 프로젝트로 가져오시겠습니까? 시각이 있는 점 레이어는 항적이, ICAO 코드가 있는 점 레이어는 비행장이 됩니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Some of the project could not be read</source>
        <translation>프로젝트 일부를 읽을 수 없음</translation>
    </message>
    <message>
        <source>%1 opened; these parts were skipped:

%2</source>
        <translation>%1을(를) 열었습니다. 다음 부분은 건너뛰었습니다:

%2</translation>
    </message>
    <message>
        <source>Recovered unsaved work of %1</source>
        <translation>%1의 저장하지 않은 작업을 복구함</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>프로젝트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <source>The file on disk is as it was before.</source>
        <translation>디스크의 파일은 이전 그대로입니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>Autosaved unsaved work</source>
        <translation>저장하지 않은 작업을 자동 저장함</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>저장하지 않은 작업을 복구하시겠습니까?</translation>
    </message>
    <message>
        <source>Sortie did not close normally. Work on %1 was autosaved at %2 UTC and not saved since.

Recover it now? You can then save it.</source>
        <translation>Sortie가 정상적으로 종료되지 않았습니다. %1 작업이 %2 UTC에 자동 저장되었고 그 뒤로 저장되지 않았습니다.

지금 복구하시겠습니까? 복구한 뒤 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>제목 없는 프로젝트</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Still saving %1; try again when it is saved.</source>
        <translation>%1을(를) 아직 저장하는 중입니다. 저장이 끝난 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>%1 저장 중...</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>새 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>프로젝트 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Sortie projects (*.sortie.gpkg);;All files (*)</source>
        <translation>Sortie 프로젝트 (*.sortie.gpkg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>최근 프로젝트 없음</translation>
    </message>
    <message>
        <source>Open &amp;Team Project...</source>
        <translation>팀 프로젝트 열기(&amp;T)...</translation>
    </message>
    <message>
        <source>team project %1</source>
        <translation>팀 프로젝트 %1</translation>
    </message>
    <message>
        <source>Cannot open team project</source>
        <translation>팀 프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Team project %1, read-only, as it was when opened (%2).</source>
        <translation>팀 프로젝트 %1, 읽기 전용, 연 시점의 상태 그대로 (%2).</translation>
    </message>
    <message>
        <source>Team project changed</source>
        <translation>팀 프로젝트가 바뀜</translation>
    </message>
    <message>
        <source>Team project %1: %2</source>
        <translation>팀 프로젝트 %1: %2</translation>
    </message>
    <message>
        <source>%1
%2, %3
%4</source>
        <translation>%1
%2, %3
%4</translation>
    </message>
    <message>
        <source>(removed here)</source>
        <translation>(여기서 삭제함)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사람이 바꿈</translation>
    </message>
    <message>
        <source>Yours:
%1

Theirs (%2):
%3</source>
        <translation>내 것:
%1

상대 것 (%2):
%3</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>내 것 유지</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>상대 것 받기</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>사본 저장(&amp;C)...</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>사본을 저장할 수 없음</translation>
    </message>
    <message>
        <source>A copy cannot replace the project&apos;s own file: use Save.</source>
        <translation>사본으로 프로젝트 자체 파일을 바꿀 수 없습니다. 저장을 사용하십시오.</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>사본을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Team project %1, read-only: your role %2 may read it, not change it. Others&apos; edits of events, correlations and drawings appear here as they save them.</source>
        <translation>팀 프로젝트 %1, 읽기 전용: 역할 %2은(는) 읽을 수만 있고 바꿀 수 없습니다. 다른 사람의 사건, 상관관계, 주석 편집은 저장되는 대로 여기에 나타납니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed events, correlations or drawings of team project %2 that you have changed here too: %n of yours kept as you left them (Save As keeps them in a file of your own).</source>
        <translation>
            <numerusform>%1이(가) 팀 프로젝트 %2에서 여기서도 바꾼 사건, 상관관계 또는 주석을 바꿨습니다: 내 것 %n개를 둔 그대로 유지했습니다(다른 이름으로 저장하면 내 파일에 보관됩니다).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team project %1: %n change(s) by %2</source>
        <translation>
            <numerusform>팀 프로젝트 %1: %2의 변경 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 confidence): %n flight(s), </source>
        <translation>
            <numerusform>%1 (신뢰도 %2): 비행 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s)
%1</source>
        <translation>
            <numerusform>, 출처 %n개
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s)
%2</source>
        <translation>
            <numerusform>점 %n개의 %1
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(읽을 수 없음)</translation>
    </message>
    <message>
        <source>Team project %1: your edits of events, correlations and drawings are saved to the team as you make them, and others&apos; appear here as they save them. Tracks imported from raw files and dismissed suggestions stay in this window: Save As keeps them in a file.</source>
        <translation>팀 프로젝트 %1: 사건, 상관관계, 주석의 편집은 하는 즉시 팀에 저장되고, 다른 사람의 편집은 저장되는 대로 여기에 나타납니다. 원본 파일에서 가져온 항적과 무시한 제안은 이 창에만 남습니다. 다른 이름으로 저장하면 파일에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>sortie::ReferenceDataController</name>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>%1, downloaded %2 UTC from %3</source>
        <translation>%1, %2 UTC에 %3에서 내려받음</translation>
    </message>
    <message>
        <source>Reference &amp;Data...</source>
        <translation>참조 데이터(&amp;D)...</translation>
    </message>
    <message>
        <source>The airports file and the aircraft database every project uses</source>
        <translation>모든 프로젝트가 쓰는 공항 파일과 항공기 데이터베이스</translation>
    </message>
</context>
<context>
    <name>sortie::ReferenceDataDialog</name>
    <message>
        <source>Reference Data</source>
        <translation>참조 데이터</translation>
    </message>
    <message>
        <source>Downloaded once, kept in your data folder, offline after. The aircraft database is used by every project: tracks with only an ICAO address get their registration, type, operator and a military flag from it (marked as the database&apos;s in the flight details). OurAirports&apos; airports of the world are added to a project with the button below; its legs are then named after them.</source>
        <translation>한 번 내려받아 데이터 폴더에 두며 이후에는 오프라인으로 씁니다. 항공기 데이터베이스는 모든 프로젝트에 쓰입니다: ICAO 주소만 있는 항적은 등록 부호, 기종, 운영자, 군용 여부를 여기서 얻습니다(비행 상세에 데이터베이스 출처로 표시). OurAirports의 세계 공항은 아래 버튼으로 프로젝트에 추가하며, 그러면 비행 구간이 그 공항 이름으로 불립니다.</translation>
    </message>
    <message>
        <source>OpenSky aircraft database</source>
        <translation>OpenSky 항공기 데이터베이스</translation>
    </message>
    <message>
        <source>ADS-B Exchange basic aircraft database</source>
        <translation>ADS-B Exchange 기본 항공기 데이터베이스</translation>
    </message>
    <message>
        <source>Airports:</source>
        <translation>공항:</translation>
    </message>
    <message>
        <source>Aircraft:</source>
        <translation>항공기:</translation>
    </message>
    <message>
        <source>Aircraft from:</source>
        <translation>항공기 출처:</translation>
    </message>
    <message>
        <source>&amp;Update Both</source>
        <translation>둘 다 갱신(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>내려받기 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add Airports to This Project</source>
        <translation>이 프로젝트에 공항 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Import the downloaded airports file: legs and gaps are then named after them</source>
        <translation>내려받은 공항 파일을 가져옵니다: 비행 구간과 공백이 그 공항 이름으로 불립니다</translation>
    </message>
    <message>
        <source>%1: %2 MB</source>
        <translation>%1: %2 MB</translation>
    </message>
</context>
<context>
    <name>sortie::ReferenceDownload</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <source>A download is running.</source>
        <translation>내려받기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>내려받는 중</translation>
    </message>
    <message>
        <source>%1 is larger than %2 GiB; not installed.</source>
        <translation>%1이(가) %2 GiB보다 커서 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>%1을(를) 내려받을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not OurAirports&apos; airports.csv; the airports were not replaced.</source>
        <translation>%1은(는) OurAirports의 airports.csv가 아니어서 공항을 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>변환 중</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n airframes</source>
        <translation>
            <numerusform>%1, 기체 %n대</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot install %1: %2</source>
        <translation>%1을(를) 설치할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>OurAirports airports file</source>
        <translation>OurAirports 공항 파일</translation>
    </message>
    <message>
        <source>Cannot write the manifest in %1.</source>
        <translation>%1에 목록 파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2에서 받은 %1</translation>
    </message>
</context>
<context>
    <name>sortie::SourceCoverage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sortie::SourcesEditor</name>
    <message>
        <source>Sources (outlet, title, date, URL, what it supports)</source>
        <translation>출처 (매체, 제목, 날짜, URL, 뒷받침하는 내용)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>뒷받침 내용</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>출처 추가</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>출처 삭제</translation>
    </message>
</context>
<context>
    <name>sortie::TeamArchiveFeed</name>
    <message>
        <source>Archive positions (team database)</source>
        <translation>보관소 위치(팀 데이터베이스)</translation>
    </message>
</context>
<context>
    <name>sortie::TeamFollower</name>
    <message>
        <source>the connection to the team project broke (%1); others&apos; edits no longer appear</source>
        <translation>팀 프로젝트와의 연결이 끊어졌습니다 (%1). 다른 분석가의 편집이 더 이상 나타나지 않습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project file(s) merged into the team project: </source>
        <translation>
            <numerusform>프로젝트 파일 %n개를 팀 프로젝트에 병합했습니다: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tracks, %2 events, %3 correlations, %4 drawings, %5 airbases added</source>
        <translation>항적 %1개, 사건 %2개, 상관관계 %3개, 주석 %4개, 비행장 %5개 추가</translation>
    </message>
    <message>
        <source>not merged into the team project, only into this window: %1</source>
        <translation>팀 프로젝트에는 병합되지 않고 이 창에만 병합됨: %1</translation>
    </message>
    <message>
        <source>the team project&apos;s events, correlations and drawings could not be read</source>
        <translation>팀 프로젝트의 사건, 상관관계, 주석을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Another analyst changed this since the edit you took back or redid; nothing was written</source>
        <translation>되돌리거나 다시 실행한 편집 이후 다른 분석가가 이것을 바꿨습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>병합</translation>
    </message>
</context>
<context>
    <name>sortie::TeamProjectDialog</name>
    <message>
        <source>Open team project</source>
        <translation>팀 프로젝트 열기</translation>
    </message>
    <message>
        <source>A team project lives in a PostgreSQL database with PostGIS. Passwords come from PostgreSQL&apos;s password file (~/.pgpass) or a service file, never from Sortie.</source>
        <translation>팀 프로젝트는 PostGIS가 있는 PostgreSQL 데이터베이스에 있습니다. 암호는 Sortie가 아니라 PostgreSQL의 암호 파일(~/.pgpass)이나 서비스 파일에서 가져옵니다.</translation>
    </message>
    <message>
        <source>a pg_service.conf name; or the fields below</source>
        <translation>pg_service.conf 이름, 또는 아래 항목</translation>
    </message>
    <message>
        <source>host name, or a socket folder</source>
        <translation>호스트 이름 또는 소켓 폴더</translation>
    </message>
    <message>
        <source>the project&apos;s schema, e.g. case_pyongyang</source>
        <translation>프로젝트의 스키마, 예: case_pyongyang</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>서비스:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>스키마:</translation>
    </message>
</context>
<context>
    <name>sortie::TeamSession</name>
    <message>
        <source>&quot;%1&quot; is not the name of a team project</source>
        <translation>&quot;%1&quot;은(는) 팀 프로젝트 이름이 아님</translation>
    </message>
    <message>
        <source>cannot connect to the database: %1</source>
        <translation>데이터베이스에 연결할 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 is not a team project that records its edits (published by an older Sortie?)</source>
        <translation>%1은(는) 편집 기록을 남기는 팀 프로젝트가 아닙니다 (이전 Sortie로 게시했습니까?)</translation>
    </message>
    <message>
        <source>%1 has no events with a geometry (is PostGIS installed?)</source>
        <translation>%1에 위치가 있는 사건 테이블이 없습니다 (PostGIS가 설치되어 있습니까?)</translation>
    </message>
    <message>
        <source>%1: %2 changed it at %3 UTC (version %4) since you began; nothing was written</source>
        <translation>%1: 편집을 시작한 뒤 %2이(가) %3 UTC에 바꿨습니다 (버전 %4). 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1: %2 removed it at %3 UTC since you began; nothing was written</source>
        <translation>%1: 편집을 시작한 뒤 %2이(가) %3 UTC에 삭제했습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1: it is no longer in the team project; nothing was written</source>
        <translation>%1: 더 이상 팀 프로젝트에 없습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot;</source>
        <translation>사건 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: not connected to the team project</source>
        <translation>%1: 팀 프로젝트에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>%1: you may read this team project, not change it</source>
        <translation>%1: 이 팀 프로젝트를 읽을 수만 있고 바꿀 수 없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>사건 %1</translation>
    </message>
    <message>
        <source>%1: someone else is changing it right now (an edit or an import not finished yet); nothing was written, try again in a moment</source>
        <translation>%1: 지금 다른 사람이 바꾸는 중입니다(끝나지 않은 편집이나 가져오기). 아무것도 쓰지 않았습니다. 잠시 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>Correlation &quot;%1&quot;</source>
        <translation>상관관계 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Drawing %1</source>
        <translation>주석 %1</translation>
    </message>
    <message>
        <source>Drawing &quot;%1&quot;</source>
        <translation>주석 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Correlation %1</source>
        <translation>상관관계 %1</translation>
    </message>
</context>
<context>
    <name>sortie::TimelinePanel</name>
    <message>
        <source>Previous event or leg boundary (Left)</source>
        <translation>이전 사건 또는 구간 경계 (왼쪽 화살표)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>재생 (Space)</translation>
    </message>
    <message>
        <source>Next event or leg boundary (Right)</source>
        <translation>다음 사건 또는 구간 경계 (오른쪽 화살표)</translation>
    </message>
    <message>
        <source>Playback speed: simulated time per second</source>
        <translation>재생 속도: 1초당 모의 시간</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>1 min/s</source>
        <translation>1분/초</translation>
    </message>
    <message>
        <source>10 min/s</source>
        <translation>10분/초</translation>
    </message>
    <message>
        <source>1 h/s</source>
        <translation>1시간/초</translation>
    </message>
    <message>
        <source>6 h/s</source>
        <translation>6시간/초</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation>1일/초</translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation>1주/초</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>A UTC date, or date and time; Enter jumps there</source>
        <translation>UTC 날짜 또는 날짜와 시각; Enter로 이동</translation>
    </message>
    <message>
        <source>Second axis</source>
        <translation>보조 시간축</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Korea (KST, UTC+9)</source>
        <translation>한국 (KST, UTC+9)</translation>
    </message>
    <message>
        <source>Moscow (MSK, UTC+3)</source>
        <translation>모스크바 (MSK, UTC+3)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Not a date: type 2024-07-09 or 2024-07-09 04:10 (UTC)</source>
        <translation>날짜가 아닙니다: 2024-07-09 또는 2024-07-09 04:10 (UTC) 형식으로 입력하십시오</translation>
    </message>
</context>
<context>
    <name>sortie::TimelineStripItem</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
</context>
<context>
    <name>sortie::TimelineWidget</name>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>No aircraft data in this range (%1 tracks elsewhere)</source>
        <translation>이 범위에는 항공기 데이터 없음 (다른 곳에 항적 %1개)</translation>
    </message>
</context>
<context>
    <name>sortie::Workspace</name>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>상관관계</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>track %1 left out: the same positions are already loaded</source>
        <translation>항적 %1 제외: 같은 위치가 이미 불러와져 있음</translation>
    </message>
    <message numerus="yes">
        <source>None of the aircraft&apos;s %n sources has a position in it.</source>
        <translation>
            <numerusform>이 항공기의 출처 %n개 중 어느 것에도 이 구간의 위치가 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>reference airports</source>
        <translation>참조 공항</translation>
    </message>
</context>
<context>
    <name>sortie::cli</name>
    <message>
        <source>Read track, airbase or event files and report what they hold.</source>
        <translation>항적, 비행장, 사건 파일을 읽고 내용을 보고합니다.</translation>
    </message>
    <message>
        <source>Add the contents of files to a project, creating it if missing.</source>
        <translation>파일 내용을 프로젝트에 추가합니다. 프로젝트가 없으면 만듭니다.</translation>
    </message>
    <message>
        <source>Write the bundled sample project.</source>
        <translation>동봉된 예제 프로젝트를 씁니다.</translation>
    </message>
    <message>
        <source>Export tracks and events for other tools (KML, MF-JSON GeoJSON, events CSV).</source>
        <translation>다른 도구용으로 항적과 사건을 내보냅니다 (KML, MF-JSON GeoJSON, 사건 CSV).</translation>
    </message>
    <message>
        <source>Write the annotated briefing as a PDF: overview, pages per correlation.</source>
        <translation>주석이 달린 브리핑을 PDF로 씁니다: 개요와 상관관계별 쪽.</translation>
    </message>
    <message>
        <source>Render the map alone to an image, the aircraft at a time.</source>
        <translation>지도만 이미지로 그립니다. 항공기는 지정한 시각의 위치로 표시합니다.</translation>
    </message>
    <message>
        <source>Try &apos;sortie --help&apos;.</source>
        <translation>&apos;sortie --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie: %1</source>
        <translation>sortie: %1</translation>
    </message>
    <message>
        <source>sortie: --language takes one of %1.</source>
        <translation>sortie: --language에는 %1 중 하나를 지정합니다.</translation>
    </message>
    <message>
        <source>sortie: unknown command &apos;%1&apos;.</source>
        <translation>sortie: 알 수 없는 명령 &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>sortie: --screenshot and --time open the window; they do not go with &apos;%1&apos;.</source>
        <translation>sortie: --screenshot과 --time은 창을 여는 옵션이므로 &apos;%1&apos;와(과) 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>sortie: --screenshot needs a file name.</source>
        <translation>sortie: --screenshot에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Usage: sortie [--language CODE] [--time ISO] [--screenshot FILE] [FILE...]
       sortie [--language CODE] COMMAND [ARGUMENTS...]
       sortie --help | --version

Sortie is a desktop GIS workbench for following aircraft movements against
world events. With no command it opens the workbench window, importing the
track, airbase and event FILEs given (see docs/formats.md).

Options:
  -h, --help           Show this help and exit.
  -V, --version        Show the versions of Sortie and its libraries and exit.
  --time ISO           Open at this UTC moment, e.g. 2024-07-09T07:30Z.
  --screenshot FILE    Open the window, wait until the map is drawn, save the
                       window as a PNG image to FILE and exit.
  --language CODE      The interface&apos;s language: en, ko or ru (default: as
                       chosen in View &gt; Language, else the system&apos;s).

Commands (these need no display):
</source>
        <translation>사용법: sortie [--language 코드] [--time ISO] [--screenshot 파일] [파일...]
       sortie [--language 코드] 명령 [인수...]
       sortie --help | --version

Sortie는 항공기 이동을 세계 사건과 대조해 추적하는 데스크톱 GIS 분석
도구입니다. 명령 없이 실행하면 분석 창을 열고, 지정한 항적·비행장·사건
파일을 가져옵니다 (docs/formats.md 참고).

옵션:
  -h, --help           이 도움말을 보이고 끝냅니다.
  -V, --version        Sortie와 라이브러리의 버전을 보이고 끝냅니다.
  --time ISO           이 UTC 시각으로 엽니다. 예: 2024-07-09T07:30Z.
  --screenshot 파일    창을 열고 지도를 다 그릴 때까지 기다린 뒤 창을 PNG
                       이미지로 파일에 저장하고 끝냅니다.
  --language 코드      인터페이스 언어: en, ko 또는 ru (기본값: 보기 &gt; 언어에서
                       고른 언어, 없으면 시스템 언어).

명령 (디스플레이가 필요 없음):
</translation>
    </message>
    <message>
        <source> (not in this build yet)</source>
        <translation> (이 빌드에는 아직 없음)</translation>
    </message>
    <message>
        <source>
Times are read and written in UTC (ISO 8601).

Exit status: 0 success, 1 bad input (the reason is printed on stderr),
2 bad usage.
</source>
        <translation>
시각은 UTC(ISO 8601)로 읽고 씁니다.

종료 상태: 0 성공, 1 잘못된 입력 (이유는 stderr에 출력), 2 잘못된 사용법.
</translation>
    </message>
    <message>
        <source>sortie: cannot write screenshot %1</source>
        <translation>sortie: 스크린샷 %1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>sortie: the map did not finish drawing; no screenshot written to %1</source>
        <translation>sortie: 지도 그리기가 끝나지 않아 %1에 스크린샷을 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>sortie: &apos;%1&apos; is not in this build yet.</source>
        <translation>sortie: &apos;%1&apos;은(는) 이 빌드에 아직 없습니다.</translation>
    </message>
    <message>
        <source>sortie: --time &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>sortie: --time &apos;%1&apos;은(는) ISO 8601 시각이 아닙니다</translation>
    </message>
    <message>
        <source>Usage: sortie export PROJECT OUT.kml|OUT.geojson|OUT.csv
Write the project&apos;s tracks and located events as KML for Google Earth&apos;s time slider,
its tracks as GeoJSON (OGC MF-JSON trajectories), or its events as Sortie events CSV.
</source>
        <translation>사용법: sortie export 프로젝트 출력.kml|출력.geojson|출력.csv
프로젝트의 항적과 위치가 있는 사건을 Google Earth 시간 슬라이더용 KML로, 항적을
GeoJSON(OGC MF-JSON 궤적)으로, 또는 사건을 Sortie 사건 CSV로 씁니다.
</translation>
    </message>
    <message>
        <source>sortie export: give a project and an output file. Try &apos;sortie export --help&apos;.</source>
        <translation>sortie export: 프로젝트와 출력 파일을 지정하십시오. &apos;sortie export --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie export: &apos;%1&apos; must end in .kml, .geojson or .csv.</source>
        <translation>sortie export: &apos;%1&apos;은(는) .kml, .geojson 또는 .csv로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>%1: %2 tracks, %3 events</source>
        <translation>%1: 항적 %2, 사건 %3</translation>
    </message>
    <message>
        <source>Usage: sortie info FILE... [--json]
Read track, airbase and event files, or Sortie projects (.sortie.gpkg), and report
what they hold: tracks with their legs, ground stops and gaps (leg ends named after
the airbases found in the same files), airbase and event counts, and every problem
with file and line. For a project, --json adds its correlations and annotations.
</source>
        <translation>사용법: sortie info 파일... [--json]
항적, 비행장, 사건 파일 또는 Sortie 프로젝트(.sortie.gpkg)를 읽고 내용을
보고합니다: 항적과 그 비행 구간, 지상 체류, 공백(구간 끝은 같은 파일에서 찾은
비행장 이름으로), 비행장과 사건 수, 그리고 모든 문제를 파일과 줄 번호와 함께
보고합니다. 프로젝트에는 --json이 상관관계와 주석을 덧붙입니다.
</translation>
    </message>
    <message>
        <source>sortie info: unknown option &apos;%1&apos;. Try &apos;sortie info --help&apos;.</source>
        <translation>sortie info: 알 수 없는 옵션 &apos;%1&apos;. &apos;sortie info --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie info: no file given. Try &apos;sortie info --help&apos;.</source>
        <translation>sortie info: 파일을 지정하지 않았습니다. &apos;sortie info --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie info: nothing could be read</source>
        <translation>sortie info: 아무것도 읽을 수 없음</translation>
    </message>
    <message>
        <source>sortie info: nothing could be read (%1)</source>
        <translation>sortie info: 아무것도 읽을 수 없음 (%1)</translation>
    </message>
    <message>
        <source>sortie import: give a project and at least one file. Try &apos;sortie import --help&apos;.</source>
        <translation>sortie import: 프로젝트와 파일을 하나 이상 지정하십시오. &apos;sortie import --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie import: the project&apos;s name must end in %1 (got &apos;%2&apos;).</source>
        <translation>sortie import: 프로젝트 이름은 %1(으)로 끝나야 합니다 (입력: &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>sortie import: nothing could be read; %1 was not changed.</source>
        <translation>sortie import: 아무것도 읽을 수 없어 %1은(는) 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Usage: sortie sample PROJECT
Write the bundled sample project: reconstructed Il-62M flights between Moscow and
Pyongyang in 2023-2024, the airbases and the dated events around them.
</source>
        <translation>사용법: sortie sample 프로젝트
동봉된 예제 프로젝트를 씁니다: 2023-2024년 모스크바와 평양 사이의 Il-62M 비행을
재구성한 항적, 비행장, 그 전후의 날짜가 있는 사건.
</translation>
    </message>
    <message>
        <source>sortie sample: give one project file name. Try &apos;sortie sample --help&apos;.</source>
        <translation>sortie sample: 프로젝트 파일 이름을 하나 지정하십시오. &apos;sortie sample --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie sample: the project&apos;s name must end in %1 (got &apos;%2&apos;).</source>
        <translation>sortie sample: 프로젝트 이름은 %1(으)로 끝나야 합니다 (입력: &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>sortie sample: %1 exists; not overwritten.</source>
        <translation>sortie sample: %1이(가) 이미 있어 덮어쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>sortie sample: the bundled sample could not be read; this build is broken.</source>
        <translation>sortie sample: 동봉된 예제를 읽을 수 없습니다. 이 빌드는 손상되었습니다.</translation>
    </message>
    <message>
        <source>%1: the sample project, %2 tracks, %3 airbases, %4 events, %5 example correlations, %6 example annotations</source>
        <translation>%1: 예제 프로젝트, 항적 %2, 비행장 %3, 사건 %4, 예시 상관관계 %5, 예시 주석 %6</translation>
    </message>
    <message>
        <source>sortie export-pdf: --paper takes A4 or A3.</source>
        <translation>sortie export-pdf: --paper에는 A4 또는 A3을 지정합니다.</translation>
    </message>
    <message>
        <source>sortie export-pdf: --orientation takes landscape or portrait.</source>
        <translation>sortie export-pdf: --orientation에는 landscape 또는 portrait를 지정합니다.</translation>
    </message>
    <message>
        <source>sortie export-pdf: --at takes an ISO 8601 time.</source>
        <translation>sortie export-pdf: --at에는 ISO 8601 시각을 지정합니다.</translation>
    </message>
    <message>
        <source>sortie export-pdf: unknown option &apos;%1&apos;. Try &apos;sortie export-pdf --help&apos;.</source>
        <translation>sortie export-pdf: 알 수 없는 옵션 &apos;%1&apos;. &apos;sortie export-pdf --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie export-pdf: give a project and an output file ending in .pdf. Try &apos;sortie export-pdf --help&apos;.</source>
        <translation>sortie export-pdf: 프로젝트와 .pdf로 끝나는 출력 파일을 지정하십시오. &apos;sortie export-pdf --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie export-pdf: --from and --to take two ISO 8601 times, the first before the second.</source>
        <translation>sortie export-pdf: --from과 --to에는 ISO 8601 시각 두 개를 지정하며, 앞의 것이 더 일러야 합니다.</translation>
    </message>
    <message>
        <source>sortie export-pdf: %1 holds nothing with a time to show.</source>
        <translation>sortie export-pdf: %1에는 표시할 시각이 있는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2, 1 page</source>
        <translation>%1: %2, 1쪽</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n pages</source>
        <translation>
            <numerusform>%1: %2, %n쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sortie render PROJECT OUT.png [--at ISO] [--size WxH]
Render the map of PROJECT alone, as the workbench draws it: the aircraft where they
were at --at (UTC; default: the time saved with the project), the events and
annotations of the saved window, the saved map extent. --size in pixels
(default 1600x1000).
</source>
        <translation>사용법: sortie render 프로젝트 출력.png [--at ISO] [--size 너비x높이]
프로젝트의 지도만 분석 창과 같이 그립니다: --at 시각(UTC, 기본값: 프로젝트에
저장된 시각)의 항공기 위치, 저장된 구간의 사건과 주석, 저장된 지도 범위.
--size는 픽셀 단위(기본값 1600x1000).
</translation>
    </message>
    <message>
        <source>sortie render: --size takes WIDTHxHEIGHT in pixels, 16 to 20000 each (e.g. 1600x1000).</source>
        <translation>sortie render: --size에는 픽셀 단위 너비x높이를 각각 16~20000으로 지정합니다 (예: 1600x1000).</translation>
    </message>
    <message>
        <source>sortie render: unknown option &apos;%1&apos;. Try &apos;sortie render --help&apos;.</source>
        <translation>sortie render: 알 수 없는 옵션 &apos;%1&apos;. &apos;sortie render --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie render: give a project and an output file ending in .png. Try &apos;sortie render --help&apos;.</source>
        <translation>sortie render: 프로젝트와 .png로 끝나는 출력 파일을 지정하십시오. &apos;sortie render --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie render: --at takes an ISO 8601 time.</source>
        <translation>sortie render: --at에는 ISO 8601 시각을 지정합니다.</translation>
    </message>
    <message>
        <source>sortie render: %1 holds nothing with a time; give --at.</source>
        <translation>sortie render: %1에는 시각이 있는 항목이 없습니다. --at을 지정하십시오.</translation>
    </message>
    <message>
        <source>sortie render: cannot write %1: %2</source>
        <translation>sortie render: %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2x%3, aircraft at %4 UTC</source>
        <translation>%1: %2x%3, 항공기 위치 %4 UTC</translation>
    </message>
    <message>
        <source>  track %1: %2 positions, %3 to %4 (UTC)</source>
        <translation>  항적 %1: 위치 %2개, %3 ~ %4 (UTC)</translation>
    </message>
    <message>
        <source>    note: %1</source>
        <translation>    메모: %1</translation>
    </message>
    <message>
        <source>    leg %1 -&gt; %2  %3 to %4  %5, %6 km</source>
        <translation>    구간 %1 -&gt; %2  %3 ~ %4  %5, %6 km</translation>
    </message>
    <message>
        <source>    on the ground at %1 for %2 (inferred: landing and take-off not seen)</source>
        <translation>    %1에서 %2 동안 지상 (추정: 착륙·이륙 미관측)</translation>
    </message>
    <message>
        <source>    on the ground at %1 for %2</source>
        <translation>    %1에서 %2 동안 지상</translation>
    </message>
    <message>
        <source>    left tracking data at %1 near %2 (%3 km)</source>
        <translation>    %1에 %2 부근(%3 km)에서 추적 데이터에서 사라짐</translation>
    </message>
    <message>
        <source>    left tracking data at %1</source>
        <translation>    %1에 추적 데이터에서 사라짐</translation>
    </message>
    <message>
        <source>    %1 %2 to %3 (%4)</source>
        <translation>    %1 %2 ~ %3 (%4)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>읽지 못함</translation>
    </message>
    <message>
        <source>%1, %2 tracks, %3 airbases, %4 events</source>
        <translation>%1, 항적 %2, 비행장 %3, 사건 %4</translation>
    </message>
    <message>
        <source> (%1 tracks already there)</source>
        <translation> (이미 있던 항적 %1)</translation>
    </message>
    <message>
        <source>%1: added %2 tracks, %3 airbases, %4 events from %5 of %6 files%7; now %8 tracks, %9 airbases, %10 events</source>
        <translation>%1: 파일 %6개 중 %5개에서 항적 %2, 비행장 %3, 사건 %4 추가%7; 현재 항적 %8, 비행장 %9, 사건 %10</translation>
    </message>
    <message>
        <source>Publish a project to a PostgreSQL/PostGIS database as a team project.</source>
        <translation>프로젝트를 PostgreSQL/PostGIS에 팀 프로젝트로 게시합니다.</translation>
    </message>
    <message>
        <source>Usage: sortie publish PROJECT CONNECTION [--schema NAME]
Publish PROJECT (a .sortie.gpkg file) as a team project in a new schema of a
PostgreSQL database with PostGIS. CONNECTION is libpq&apos;s: a postgresql:// URI,
service=NAME, or host=... dbname=...; passwords come from libpq&apos;s password file,
never from the project. The schema is named after the file unless --schema is
given (lower-case letters, digits and _); an existing schema is never written to.
</source>
        <translation>사용법: sortie publish PROJECT CONNECTION [--schema NAME]
PROJECT(.sortie.gpkg 파일)를 PostGIS가 있는 PostgreSQL 데이터베이스의 새 스키마에
팀 프로젝트로 게시합니다. CONNECTION은 libpq 형식입니다: postgresql:// URI,
service=NAME 또는 host=... dbname=...; 암호는 프로젝트가 아니라 libpq의 암호 파일에서
가져옵니다. --schema를 주지 않으면 스키마 이름은 파일 이름을 따릅니다(영문 소문자,
숫자와 _). 이미 있는 스키마에는 절대 쓰지 않습니다.
</translation>
    </message>
    <message>
        <source>sortie publish: give a project and a database connection. Try &apos;sortie publish --help&apos;.</source>
        <translation>sortie publish: 프로젝트와 데이터베이스 연결을 주십시오. &apos;sortie publish --help&apos;를 보십시오.</translation>
    </message>
    <message>
        <source>sortie publish: &apos;%1&apos; cannot name a team project&apos;s schema: give --schema with lower-case letters, digits and _.</source>
        <translation>sortie publish: &apos;%1&apos;은(는) 팀 프로젝트의 스키마 이름이 될 수 없습니다: 영문 소문자, 숫자와 _로 --schema를 주십시오.</translation>
    </message>
    <message>
        <source>%1: published as team project %2 (%3 tracks, %4 events, %5 correlations)</source>
        <translation>%1: 팀 프로젝트 %2(으)로 게시됨 (트랙 %3개, 사건 %4개, 상관관계 %5개)</translation>
    </message>
    <message>
        <source>Usage: sortie export-pdf PROJECT OUT.pdf [--from ISO --to ISO] [--paper A4|A3]
                         [--orientation landscape|portrait] [--title TEXT]
                         [--per-correlation] [--at ISO] [--graticule]
Write the briefing of PROJECT as a vector PDF: the map of the flights and events in the
time window (default: the window saved with the project), the legend of what it draws,
the timeline of the window, the correlations with their facts and sources, and the
sources. --per-correlation adds a page for each correlation in the window, zoomed to
its legs and events; --at draws the aircraft where they were at that time (UTC);
--graticule draws lines of latitude and longitude. The maps are drawn in the projection
saved with the project&apos;s map (View &gt; Map Projection in the window).
</source>
        <translation>사용법: sortie export-pdf 프로젝트 출력.pdf [--from ISO --to ISO] [--paper A4|A3]
                         [--orientation landscape|portrait] [--title 텍스트]
                         [--per-correlation] [--at ISO] [--graticule]
프로젝트의 브리핑을 벡터 PDF로 씁니다: 시간 구간(기본값: 프로젝트에 저장된
구간)의 비행과 사건 지도, 그려진 것의 범례, 구간의 타임라인, 사실과 출처가 달린
상관관계, 그리고 출처. --per-correlation은 구간 안의 상관관계마다 그 비행 구간과
사건으로 확대한 쪽을 추가합니다. --at은 그 시각(UTC)의 항공기 위치를 그립니다.
--graticule은 위선과 경선을 그립니다. 지도는 프로젝트의 지도와 함께 저장된
투영법으로 그립니다(분석 창의 보기 &gt; 지도 투영법).
</translation>
    </message>
    <message>
        <source>Reference data in %1:</source>
        <translation>%1의 참조 데이터:</translation>
    </message>
    <message>
        <source>airports</source>
        <translation>공항</translation>
    </message>
    <message>
        <source>aircraft database</source>
        <translation>항공기 데이터베이스</translation>
    </message>
    <message>
        <source>%1: none yet (&apos;sortie refdata update&apos; downloads it)</source>
        <translation>%1: 아직 없음 (&apos;sortie refdata update&apos;로 내려받음)</translation>
    </message>
    <message>
        <source>%1: %2, downloaded %3 UTC from %4</source>
        <translation>%1: %2, %3 UTC에 %4에서 내려받음</translation>
    </message>
    <message>
        <source>sortie refdata: unknown command &apos;%1&apos;. Try &apos;sortie refdata --help&apos;.</source>
        <translation>sortie refdata: 알 수 없는 명령 &apos;%1&apos;. &apos;sortie refdata --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie refdata: cannot use &apos;%1&apos;. Try &apos;sortie refdata --help&apos;.</source>
        <translation>sortie refdata: &apos;%1&apos;을(를) 쓸 수 없습니다. &apos;sortie refdata --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>Download an aircraft database and the airports file, used offline after.</source>
        <translation>항공기 데이터베이스와 공항 파일을 내려받아 이후 오프라인으로 씁니다.</translation>
    </message>
    <message>
        <source>Usage: sortie refdata status
       sortie refdata update [--only airports|aircraft] [--adsbx]
                             [--airports-url URL] [--aircraft-url URL]
Reference data, downloaded once into your data folder and used offline after: an
aircraft database (OpenSky&apos;s, or ADS-B Exchange&apos;s with --adsbx), which gives tracks
that only have an ICAO address their registration, type, operator and a military
flag in every project the workbench opens; and OurAirports&apos; airports file, added to
a project with File &gt; Reference Data or &apos;sortie import&apos;. &apos;status&apos; says what is there
and from when; &apos;update&apos; downloads both again from their public addresses (or those
given).
</source>
        <translation>사용법: sortie refdata status
       sortie refdata update [--only airports|aircraft] [--adsbx]
                             [--airports-url URL] [--aircraft-url URL]
한 번 데이터 폴더에 내려받아 이후 오프라인으로 쓰는 참조 데이터: 항공기
데이터베이스(OpenSky, 또는 --adsbx로 ADS-B Exchange)는 ICAO 주소만 있는 항적에
분석 창이 여는 모든 프로젝트에서 등록 부호, 기종, 운영자, 군용 여부를 줍니다.
OurAirports 공항 파일은 파일 &gt; 참조 데이터 또는 &apos;sortie import&apos;로 프로젝트에
추가합니다. &apos;status&apos;는 무엇이 언제부터 있는지 보여 주고, &apos;update&apos;는 공개 주소(또는
지정한 주소)에서 둘 다 다시 내려받습니다.
</translation>
    </message>
    <message>
        <source>Usage: sortie import PROJECT FILE|FOLDER... [--filter TEXT]
Add the tracks, airbases and events of each FILE to PROJECT (a .sortie.gpkg file),
creating it when missing. A FOLDER stands for every file in it and its subfolders
(a day of trace files), read a core each. --filter keeps only the aircraft named:
ICAO addresses, registrations, type:C17, military (what a file does not say is
looked up in the aircraft database of &apos;sortie refdata&apos;). A FILE that is itself a
Sortie project is merged by identity: what PROJECT already has is kept once, and
what comes in under a new id is reported. Tracks already loaded (the same
positions) are left out. Problems are reported as in &apos;sortie info&apos;; the project is
written only when at least one file was read, and atomically.
</source>
        <translation>사용법: sortie import 프로젝트 파일|폴더... [--filter 텍스트]
각 파일의 항적, 비행장, 사건을 프로젝트(.sortie.gpkg 파일)에 추가하며, 없으면
만듭니다. 폴더는 그 안과 하위 폴더의 모든 파일(하루치 항적 파일)을 뜻하며 코어마다
하나씩 읽습니다. --filter는 지정한 항공기만 남깁니다: ICAO 주소, 등록 부호,
type:C17, military (파일에 없는 정보는 &apos;sortie refdata&apos;의 항공기 데이터베이스에서
찾음). 파일이 그 자체로 Sortie 프로젝트이면 식별자 기준으로 병합합니다: 프로젝트에
이미 있는 것은 한 번만 유지하고, 새 id로 들어오는 것은 보고합니다. 이미 불러온
항적(같은 위치)은 제외합니다. 문제는 &apos;sortie info&apos;와 같이 보고합니다. 프로젝트는
파일을 하나 이상 읽었을 때만, 원자적으로 씁니다.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tracks left out by the filter</source>
        <translation>
            <numerusform>%1: 필터로 항적 %n개 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>sortie import: --filter takes the aircraft to keep.</source>
        <translation>sortie import: --filter에는 남길 항공기를 지정합니다.</translation>
    </message>
    <message>
        <source>    source %1: %2 positions, %3 used</source>
        <translation>    출처 %1: 위치 %2개, %3개 사용</translation>
    </message>
    <message numerus="yes">
        <source>one aircraft in %n tracks, as the workbench shows it:</source>
        <translation>
            <numerusform>항적 %n개로 이루어진 한 항공기 (워크벤치에 표시되는 대로):</numerusform>
        </translation>
    </message>
    <message>
        <source>Team project %1</source>
        <translation>팀 프로젝트 %1</translation>
    </message>
    <message>
        <source>sortie publish: the team project is published, but its QGIS project is not: %1</source>
        <translation>sortie publish: 팀 프로젝트는 게시했지만 QGIS 프로젝트는 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Add a project file to a team project, by identity: nothing twice.</source>
        <translation>프로젝트 파일을 팀 프로젝트에 식별자 기준으로 추가합니다: 중복 없음.</translation>
    </message>
    <message>
        <source>Usage: sortie merge PROJECT CONNECTION --schema NAME
Add what PROJECT (a .sortie.gpkg file) holds to the team project NAME, by identity:
tracks, events, correlations, drawings and airbases the team project has already
are not added again; an item whose id the team project gives to something
different comes in under a new id. All of it is added in one transaction, as
your database role (an editor&apos;s), or none. CONNECTION is libpq&apos;s, as for publish.
</source>
        <translation>사용법: sortie merge PROJECT CONNECTION --schema NAME
PROJECT(.sortie.gpkg 파일)의 내용을 팀 프로젝트 NAME에 식별자 기준으로 추가합니다.
팀 프로젝트에 이미 있는 항적, 사건, 상관관계, 그림, 비행장은 다시 추가하지 않으며,
팀 프로젝트가 같은 id를 다른 항목에 쓰고 있으면 새 id로 추가합니다. 모두 한 트랜잭션으로
사용자의 데이터베이스 역할(편집자)로 추가되거나, 전혀 추가되지 않습니다.
CONNECTION은 publish와 같은 libpq 형식입니다.
</translation>
    </message>
    <message>
        <source>sortie merge: give a project, a database connection and --schema. Try &apos;sortie merge --help&apos;.</source>
        <translation>sortie merge: 프로젝트, 데이터베이스 연결, --schema를 지정하십시오. &apos;sortie merge --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>%1 into team project %2: %3 tracks, %4 events, %5 correlations, %6 drawings added; already there: %7 tracks, %8 events, %9 correlations</source>
        <translation>%1 → 팀 프로젝트 %2: 항적 %3개, 사건 %4개, 상관관계 %5개, 그림 %6개 추가; 이미 있음: 항적 %7개, 사건 %8개, 상관관계 %9개</translation>
    </message>
    <message>
        <source>Added under a new id (the team project gives theirs to something else): %1</source>
        <translation>새 id로 추가됨(팀 프로젝트가 그 id를 다른 항목에 쓰고 있음): %1</translation>
    </message>
    <message>
        <source>Add positions to a team project&apos;s archive, read by time window.</source>
        <translation>팀 프로젝트 보관소에 위치를 추가합니다. 시간 구간별로 읽힙니다.</translation>
    </message>
    <message>
        <source>sortie archive: give a database connection, --schema and files. Try &apos;sortie archive --help&apos;.</source>
        <translation>sortie archive: 데이터베이스 연결, --schema, 파일을 지정하십시오. &apos;sortie archive --help&apos;를 참고하십시오.</translation>
    </message>
    <message>
        <source>sortie archive: no positions in these files.</source>
        <translation>sortie archive: 이 파일들에 위치가 없습니다.</translation>
    </message>
    <message>
        <source>sortie archive: nothing was added to the archive of team project %1: %2</source>
        <translation>sortie archive: 팀 프로젝트 %1의 보관소에 아무것도 추가되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Usage: sortie archive CONNECTION --schema NAME FILE...
Add the positions of FILE... (any format Sortie imports) to the position archive
of team project NAME: positions that stay in the database and that the workbench
reads a week at a time around the time on the timeline. A position the archive
has (the same aircraft at the same moment) is not added again. In one
transaction, as your database role (an editor&apos;s), or not at all.
</source>
        <translation>사용법: sortie archive CONNECTION --schema NAME FILE...
FILE...(Sortie가 가져오는 모든 형식)의 위치를 팀 프로젝트 NAME의 위치 보관소에
추가합니다. 위치는 데이터베이스에 남고, 워크벤치는 타임라인의 시각 주변 한 주씩
읽습니다. 보관소에 이미 있는 위치(같은 항공기, 같은 시각)는 다시 추가하지 않습니다.
사용자의 데이터베이스 역할(편집자)로 한 트랜잭션에 추가되거나, 전혀 추가되지 않습니다.
</translation>
    </message>
    <message numerus="yes">
        <source>sortie archive: %n file(s) could not be read: nothing was added.</source>
        <translation>
            <numerusform>sortie archive: 파일 %n개를 읽을 수 없어 아무것도 추가하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 positions of %2 tracks from %3 files added to the archive of team project %4; %5 left out (the archive had them, or the files gave them twice)</source>
        <translation>파일 %3개에서 항적 %2개의 위치 %1개를 팀 프로젝트 %4의 보관소에 추가했습니다. %5개는 제외(보관소에 이미 있거나 파일에 중복됨)</translation>
    </message>
    <message>
        <source>sortie: &apos;%1&apos; names no team project: give its schema, as in postgresql://HOST/DATABASE?schema=NAME</source>
        <translation>sortie: &apos;%1&apos;은(는) 팀 프로젝트를 가리키지 않습니다. postgresql://HOST/DATABASE?schema=NAME처럼 스키마를 지정하십시오</translation>
    </message>
</context>
<context>
    <name>sortie::displaysnapshot</name>
    <message>
        <source>cannot copy table %1</source>
        <translation>테이블 %1을(를) 복사할 수 없음</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1을(를) 읽을 수 없음</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1에 테이블 %2이(가) 없음</translation>
    </message>
    <message>
        <source>cannot thin out the positions of %1</source>
        <translation>%1의 위치를 솎아 낼 수 없음</translation>
    </message>
</context>
<context>
    <name>sortie::gaps</name>
    <message>
        <source>Tracking ends in flight at %L1 ft, above the approach altitude: it left the data here.</source>
        <translation>접근 고도보다 높은 %L1 ft에서 비행 중에 추적이 끝남: 여기서 데이터에서 사라짐.</translation>
    </message>
</context>
<context>
    <name>sortie::locale</name>
    <message>
        <source>d MMM</source>
        <extracomment>A day on the timeline&apos;s axis, e.g. &quot;8 Jul&quot; (Qt date format: d day, MMM month name).</extracomment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month, e.g. &quot;Aug 2023&quot; (Qt date format: MMM month name, yyyy year).</extracomment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The QLocale name of this translation&apos;s language (ko, ru): month names in dates.</extracomment>
        <translation>ko</translation>
    </message>
</context>
</TS>
