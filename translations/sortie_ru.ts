<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>QObject</name>
    <message>
        <source>Basemap: Natural Earth country boundaries (public domain), as shipped with QGIS.</source>
        <translation>Подложка: границы государств Natural Earth (общественное достояние), из поставки QGIS.</translation>
    </message>
    <message>
        <source>Sortie sample: reconstructed Il-62M flights, 2023-2024</source>
        <translation>Пример Sortie: восстановленные полёты Ил-62М, 2023–2024</translation>
    </message>
    <message>
        <source>Flights and events, %1</source>
        <translation>Полёты и события, %1</translation>
    </message>
    <message>
        <source>Sortie sample</source>
        <translation>Пример Sortie</translation>
    </message>
    <message>
        <source>Example: RA-86559 flew Moscow to Pyongyang, unannounced, nine days after Kim&apos;s visits in the Russian Far East; it may have prepared the visit Lavrov made in October.</source>
        <translation>Пример: борт RA-86559 без объявления выполнил рейс Москва — Пхеньян через девять дней после визитов Кима на Дальний Восток России; возможно, готовил октябрьский визит Лаврова.</translation>
    </message>
    <message>
        <source>possibly</source>
        <translation>возможно</translation>
    </message>
    <message>
        <source>RA-86559&apos;s flight on 2023-09-25</source>
        <translation>рейс борта RA-86559 2023-09-25</translation>
    </message>
    <message>
        <source>Example: a Russian military aircraft landed in Pyongyang the day Deputy Defence Minister Krivoruchko&apos;s delegation met Kim; it may have carried the delegation.</source>
        <translation>Пример: российский военный борт сел в Пхеньяне в день встречи делегации замминистра обороны Криворучко с Кимом; возможно, доставил делегацию.</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <source>the delegation&apos;s meeting and the flight the same day</source>
        <translation>встреча делегации и рейс в тот же день</translation>
    </message>
    <message>
        <source>Example: the day after a KPA military-education delegation was sent to Russia, a Russian Air Force jet flew to Pyongyang, its transponder briefly off over Siberia.</source>
        <translation>Пример: на следующий день после отправки в Россию делегации КНА по военному образованию самолёт ВКС России выполнил рейс в Пхеньян, ненадолго отключив транспондер над Сибирью.</translation>
    </message>
    <message>
        <source>the flight and its take-off about 04:10 UTC</source>
        <translation>рейс и взлёт около 04:10 UTC</translation>
    </message>
    <message>
        <source>Example: RA-86559, 8 d after Knevichi</source>
        <translation>Пример: RA-86559, через 8 сут после Кневичей</translation>
    </message>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>On this map</source>
        <translation>На этой карте</translation>
    </message>
    <message>
        <source>The correlations table was cut after %1 pages.</source>
        <translation>Таблица корреляций обрезана после %1 стр.</translation>
    </message>
    <message>
        <source>Correlations, continued</source>
        <translation>Корреляции (продолжение)</translation>
    </message>
    <message>
        <source>A correlation&apos;s row is taller than a page; it was cut.</source>
        <translation>Строка корреляции выше страницы и была обрезана.</translation>
    </message>
    <message>
        <source>Correlation %1 of %2: %3</source>
        <translation>Корреляция %1 из %2: %3</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>не указаны</translation>
    </message>
    <message>
        <source>Tracks reconstructed from press reports; not ADS-B data.</source>
        <translation>Треки восстановлены по сообщениям СМИ; это не данные ADS-B.</translation>
    </message>
    <message>
        <source>Cannot write %1: its folder does not exist.</source>
        <translation>Не удаётся записать %1: папка не существует.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Рейсы</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>What the data says</source>
        <translation>Что говорят данные</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Graticule</source>
        <translation>Координатная сетка</translation>
    </message>
    <message>
        <source> · dark %1</source>
        <translation> · без сигнала %1</translation>
    </message>
    <message>
        <source> · landed, not seen (%1)</source>
        <translation> · сел, не наблюдался (%1)</translation>
    </message>
    <message>
        <source> · on the ground, no data (%1)</source>
        <translation> · на земле, нет данных (%1)</translation>
    </message>
    <message>
        <source> · no data %1</source>
        <translation> · нет данных %1</translation>
    </message>
    <message>
        <source>Basemap file not found: %1 (package qgis-common)</source>
        <translation>Файл подложки не найден: %1 (пакет qgis-common)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Basemap layer &apos;countries&apos; could not be read from %1</source>
        <translation>Не удалось прочитать слой подложки «countries» из %1</translation>
    </message>
    <message>
        <source>Gaps in flight</source>
        <translation>Разрывы в полёте</translation>
    </message>
    <message>
        <source>Sortie data</source>
        <translation>Данные Sortie</translation>
    </message>
    <message>
        <source>Airbases</source>
        <translation>Аэродромы</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>The map tables for QGIS could not be copied: %1</source>
        <translation>Не удалось скопировать картографические таблицы для QGIS: %1</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Positions (every %1th fix: %2 of %3; Sortie shows all)</source>
        <translation>Отметки (каждая %1-я: %2 из %3; в Sortie показаны все)</translation>
    </message>
    <message>
        <source>Ground stops</source>
        <translation>Стоянки</translation>
    </message>
    <message>
        <source>QGIS cannot read the table behind layer &quot;%1&quot;</source>
        <translation>QGIS не может прочитать таблицу слоя «%1»</translation>
    </message>
    <message>
        <source>QGIS could not write the embedded project: %1</source>
        <translation>QGIS не смог записать встроенный проект: %1</translation>
    </message>
    <message>
        <source>Sortie projects (*%1)</source>
        <translation>Проекты Sortie (*%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Actors: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Участники: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No source cited.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Источники не указаны.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Источники&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;cited for: %1&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;подтверждает: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Take-off</source>
        <translation>Взлёт</translation>
    </message>
    <message>
        <source>First seen (take-off inferred, not seen)</source>
        <translation>Первая отметка (взлёт предполагается, не наблюдался)</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Первая отметка</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>Посадка</translation>
    </message>
    <message>
        <source>Last seen (landing inferred, not seen)</source>
        <translation>Последняя отметка (посадка предполагается, не наблюдалась)</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя отметка</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>%1 km (%2 NM), great circle</source>
        <translation>%1 км (%2 NM), по ортодромии</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gaps&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Разрывы&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Left tracking data at %1. &lt;i&gt;%2&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Пропал из данных в %1. &lt;i&gt;%2&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 without positions from %2: %3. &lt;i&gt;%4&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 без отметок с %2: %3. &lt;i&gt;%4&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>an unknown field</source>
        <translation>неизвестный аэродром</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before: a ground stop inferred at %2, about %1 from %3 (landing and take-off not seen).&lt;/p&gt;</source>
        <translation>&lt;p&gt;До: предполагаемая стоянка в %2, около %1 с %3 (посадка и взлёт не наблюдались).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After: a ground stop inferred at %2, about %1 until %3 (landing and take-off not seen).&lt;/p&gt;</source>
        <translation>&lt;p&gt;После: предполагаемая стоянка в %2, около %1 до %3 (посадка и взлёт не наблюдались).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before take-off: %1 on the ground at %2, from %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;До взлёта: %1 на земле в %2, с %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After landing: %1 on the ground at %2, until %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;После посадки: %1 на земле в %2, до %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>as the event %1</source>
        <translation>когда событие %1</translation>
    </message>
    <message>
        <source>%1 after the event %2</source>
        <translation>через %1 после того, как событие %2</translation>
    </message>
    <message>
        <source>%1 before the event %2</source>
        <translation>за %1 до того, как событие %2</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>закончилось</translation>
    </message>
    <message>
        <source>began</source>
        <translation>началось</translation>
    </message>
    <message>
        <source>a flight no longer in the data</source>
        <translation>рейс, которого больше нет в данных</translation>
    </message>
    <message>
        <source>took off from %1 %2</source>
        <translation>взлетел из %1 %2</translation>
    </message>
    <message>
        <source>landed at %1 %2</source>
        <translation>сел в %1 %2</translation>
    </message>
    <message>
        <source>in the air during the event</source>
        <translation>в воздухе во время события</translation>
    </message>
    <message>
        <source>on the ground at %1 during the event (%2 of it)</source>
        <translation>на земле в %1 во время события (%2 из него)</translation>
    </message>
    <message>
        <source>on the ground at %1 at the moment of the event</source>
        <translation>на земле в %1 в момент события</translation>
    </message>
    <message>
        <source>event %1 is no longer in the project</source>
        <translation>события %1 больше нет в проекте</translation>
    </message>
    <message>
        <source>a linked flight is no longer in the data</source>
        <translation>связанного рейса больше нет в данных</translation>
    </message>
    <message>
        <source>takes off from</source>
        <translation>взлёт из</translation>
    </message>
    <message>
        <source>lands at</source>
        <translation>посадка в</translation>
    </message>
    <message>
        <source>%1 %2, the event&apos;s field</source>
        <translation>%1 %2, аэродром события</translation>
    </message>
    <message>
        <source>%1 %2, in the event&apos;s country (%3)</source>
        <translation>%1 %2, в стране события (%3)</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>пометку</translation>
    </message>
    <message>
        <source>link</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>dismiss suggestion</source>
        <translation>отклонение предложения</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message numerus="yes">
        <source>%1, unlinked from %n correlation(s)</source>
        <translation>
            <numerusform>%1, отвязано от %n корреляции</numerusform>
            <numerusform>%1, отвязано от %n корреляций</numerusform>
            <numerusform>%1, отвязано от %n корреляций</numerusform>
        </translation>
    </message>
    <message>
        <source>add %1 %2</source>
        <translation>добавить %1 %2</translation>
    </message>
    <message>
        <source>edit %1 %2</source>
        <translation>изменить %1 %2</translation>
    </message>
    <message>
        <source>delete %1 %2</source>
        <translation>удалить %1 %2</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>следует за</translation>
    </message>
    <message>
        <source>precedes</source>
        <translation>предшествует</translation>
    </message>
    <message>
        <source>coincides with</source>
        <translation>совпадает с</translation>
    </message>
    <message>
        <source>carries the delegation for</source>
        <translation>доставляет делегацию на</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>%1: cannot export to .%2; the formats are .kml, .geojson and .csv</source>
        <translation>%1: экспорт в .%2 невозможен; форматы: .kml, .geojson и .csv</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Callsigns: %1</source>
        <translation>Позывные: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Источник: %1 (%2)</translation>
    </message>
    <message>
        <source> (for: %1)</source>
        <translation> (подтверждает: %1)</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>Sortie export</source>
        <translation>Экспорт Sortie</translation>
    </message>
    <message>
        <source>Exported by Sortie %1. Times are UTC.</source>
        <translation>Экспортировано Sortie %1. Время — UTC.</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Треки</translation>
    </message>
    <message>
        <source>layer %1 has no points; skipped</source>
        <translation>в слое %1 нет точек; пропущен</translation>
    </message>
    <message>
        <source>layer %1 has points but neither a time nor an icao column; skipped</source>
        <translation>в слое %1 есть точки, но нет ни столбца времени, ни столбца icao; пропущен</translation>
    </message>
    <message>
        <source>layer %1, feature %2: %3</source>
        <translation>слой %1, объект %2: %3</translation>
    </message>
    <message>
        <source>no time or no position; skipped</source>
        <translation>нет времени или координат; пропущено</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>no position; skipped</source>
        <translation>нет координат; пропущено</translation>
    </message>
    <message>
        <source>Sortie project</source>
        <translation>Проект Sortie</translation>
    </message>
    <message>
        <source>not a GeoPackage GDAL can read: %1</source>
        <translation>не GeoPackage, читаемый GDAL: %1</translation>
    </message>
    <message>
        <source>no layer with timed points or airbases</source>
        <translation>нет слоя с точками со временем или аэродромами</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Не удаётся записать в папку %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: cannot replace the file (error %2)</source>
        <translation>Не удалось сохранить %1: не удаётся заменить файл (ошибка %2)</translation>
    </message>
    <message>
        <source>Could not save %1: cannot write the file to disk: %2</source>
        <translation>Не удалось сохранить %1: не удаётся записать файл на диск: %2</translation>
    </message>
    <message>
        <source>Could not save %1: cannot replace the file: %2</source>
        <translation>Не удалось сохранить %1: не удаётся заменить файл: %2</translation>
    </message>
    <message>
        <source>%1 is open in another Sortie (process %2 on %3). If that Sortie is no longer running, delete %4.</source>
        <translation>%1 открыт в другом экземпляре Sortie (процесс %2 на %3). Если тот Sortie уже не работает, удалите %4.</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>%1 is open in another Sortie.</source>
        <translation>%1 открыт в другом экземпляре Sortie.</translation>
    </message>
    <message>
        <source>%1 is in a folder Sortie cannot write to.</source>
        <translation>%1 находится в папке, куда Sortie не может записывать.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing.</source>
        <translation>Не удаётся заблокировать %1 для записи.</translation>
    </message>
    <message>
        <source>table %1 is missing; nothing of it was read</source>
        <translation>таблица %1 отсутствует; из неё ничего не прочитано</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>таблица %1, строка %2: %3</translation>
    </message>
    <message>
        <source>the database cannot be checked</source>
        <translation>базу данных невозможно проверить</translation>
    </message>
    <message>
        <source>the database check failed</source>
        <translation>проверка базы данных не пройдена</translation>
    </message>
    <message>
        <source>the workbench state is not a JSON object (%1); the default view is used</source>
        <translation>состояние рабочего места не является объектом JSON (%1); используется вид по умолчанию</translation>
    </message>
    <message>
        <source>airbase without a position; skipped</source>
        <translation>аэродром без координат; пропущен</translation>
    </message>
    <message>
        <source>event without an id; skipped</source>
        <translation>событие без id; пропущено</translation>
    </message>
    <message>
        <source>event %1 without a start; skipped with its sources</source>
        <translation>событие %1 без начала; пропущено вместе с источниками</translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;; read as &quot;other&quot;</source>
        <translation>неизвестный вид события «%1»; прочитано как «other»</translation>
    </message>
    <message>
        <source>unknown date precision &quot;%1&quot;; read as &quot;time&quot;</source>
        <translation>неизвестная точность даты «%1»; прочитано как «time»</translation>
    </message>
    <message>
        <source>a second event with id %1; skipped</source>
        <translation>второе событие с id %1; пропущено</translation>
    </message>
    <message>
        <source>source of an unknown event %1; skipped</source>
        <translation>источник неизвестного события %1; пропущен</translation>
    </message>
    <message>
        <source>correlation without an id, or a second one with it; skipped</source>
        <translation>корреляция без id или второй с тем же id; пропущена</translation>
    </message>
    <message>
        <source>link of an unknown correlation; skipped</source>
        <translation>связь неизвестной корреляции; пропущена</translation>
    </message>
    <message>
        <source>link to neither an event nor a flight; skipped</source>
        <translation>связь ни с событием, ни с рейсом; пропущена</translation>
    </message>
    <message>
        <source>source of an unknown correlation; skipped</source>
        <translation>источник неизвестной корреляции; пропущен</translation>
    </message>
    <message>
        <source>annotation without an id, a known kind or points; skipped</source>
        <translation>пометка без id, известного вида или точек; пропущена</translation>
    </message>
    <message>
        <source>a second track %1; skipped</source>
        <translation>второй трек %1; пропущен</translation>
    </message>
    <message>
        <source>track without an id; skipped</source>
        <translation>трек без id; пропущен</translation>
    </message>
    <message>
        <source>position of an unknown track; skipped</source>
        <translation>отметка неизвестного трека; пропущена</translation>
    </message>
    <message>
        <source>position without a time or a place; skipped</source>
        <translation>отметка без времени или места; пропущена</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <source>%1 is not a Sortie project: not a GeoPackage (SQLite) file</source>
        <translation>%1 — не проект Sortie: это не файл GeoPackage (SQLite)</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a GeoPackage: %2</source>
        <translation>%1 не открывается как GeoPackage: %2</translation>
    </message>
    <message>
        <source>damaged or not a GeoPackage</source>
        <translation>повреждён или не является GeoPackage</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was read from it</source>
        <translation>%1 повреждён (%2); из него ничего не прочитано</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version &quot;%2&quot; is not a number</source>
        <translation>%1 повреждён: версия схемы «%2» не число</translation>
    </message>
    <message>
        <source>%1 was written by a newer Sortie (%2, project schema %3); this Sortie reads schemas up to %4. Open it with that version or a later one.</source>
        <translation>%1 записан более новой версией Sortie (%2, схема проекта %3); эта версия читает схемы до %4. Откройте его той версией или более поздней.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <source>reading failed</source>
        <translation>ошибка чтения</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>в GDAL нет драйвера GeoPackage</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>не удаётся создать файл</translation>
    </message>
    <message>
        <source>cannot start writing</source>
        <translation>не удаётся начать запись</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>не удаётся записать файл</translation>
    </message>
    <message>
        <source>cannot finish the file</source>
        <translation>не удаётся завершить файл</translation>
    </message>
    <message>
        <source>cannot create table %1</source>
        <translation>не удаётся создать таблицу %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>cannot write the workbench state</source>
        <translation>не удаётся записать состояние рабочего места</translation>
    </message>
    <message>
        <source>cannot write airbase %1</source>
        <translation>не удаётся записать аэродром %1</translation>
    </message>
    <message>
        <source>cannot write event %1</source>
        <translation>не удаётся записать событие %1</translation>
    </message>
    <message>
        <source>cannot write the sources of event %1</source>
        <translation>не удаётся записать источники события %1</translation>
    </message>
    <message>
        <source>cannot create the correlation tables</source>
        <translation>не удаётся создать таблицы корреляций</translation>
    </message>
    <message>
        <source>cannot write correlation %1</source>
        <translation>не удаётся записать корреляцию %1</translation>
    </message>
    <message>
        <source>cannot write the dismissed suggestions</source>
        <translation>не удаётся записать отклонённые предложения</translation>
    </message>
    <message>
        <source>cannot write annotation %1</source>
        <translation>не удаётся записать пометку %1</translation>
    </message>
    <message>
        <source>cannot create the track tables</source>
        <translation>не удаётся создать таблицы треков</translation>
    </message>
    <message>
        <source>cannot write track %1</source>
        <translation>не удаётся записать трек %1</translation>
    </message>
    <message>
        <source>cannot write the positions of %1</source>
        <translation>не удаётся записать отметки %1</translation>
    </message>
    <message>
        <source>cannot write the legs of %1</source>
        <translation>не удаётся записать участки %1</translation>
    </message>
    <message>
        <source>cannot write the gaps of %1</source>
        <translation>не удаётся записать разрывы %1</translation>
    </message>
    <message>
        <source>cannot write the ground stops of %1</source>
        <translation>не удаётся записать стоянки %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 сут %2 ч</translation>
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
        <translation>нет корректных широты/долготы; аэродром пропущен</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not civil, military, joint or unknown; taken as unknown</source>
        <translation>вид &apos;%1&apos; не civil, military, joint или unknown; принят как unknown</translation>
    </message>
    <message>
        <source>neither name nor ICAO code; airbase skipped</source>
        <translation>нет ни названия, ни кода ИКАО; аэродром пропущен</translation>
    </message>
    <message>
        <source>no valid latitude_deg/longitude_deg; airport skipped</source>
        <translation>нет корректных latitude_deg/longitude_deg; аэропорт пропущен</translation>
    </message>
    <message>
        <source>no &quot;now&quot; time or no &quot;aircraft&quot; list</source>
        <translation>нет времени «now» или списка «aircraft»</translation>
    </message>
    <message>
        <source>aircraft %1 (%2 in the list): no usable time; skipped</source>
        <translation>борт %1 (%2-й в списке): нет пригодного времени; пропущен</translation>
    </message>
    <message>
        <source>aircraft %1: %2; skipped</source>
        <translation>борт %1: %2; пропущен</translation>
    </message>
    <message>
        <source>joined from several snapshots</source>
        <translation>собран из нескольких снимков</translation>
    </message>
    <message>
        <source>event has no title</source>
        <translation>у события нет названия</translation>
    </message>
    <message>
        <source>start &apos;%1&apos; is not a date (YYYY-MM, YYYY-MM-DD or ISO 8601 time)</source>
        <translation>начало &apos;%1&apos; — не дата (ГГГГ-ММ, ГГГГ-ММ-ДД или время ISO 8601)</translation>
    </message>
    <message>
        <source>precision &apos;%1&apos; unknown; taken from the date&apos;s form</source>
        <translation>точность &apos;%1&apos; неизвестна; определена по виду даты</translation>
    </message>
    <message>
        <source>end &apos;%1&apos; is not a date; ignored</source>
        <translation>конец &apos;%1&apos; — не дата; пропущен</translation>
    </message>
    <message>
        <source>end &apos;%1&apos; is before the start; ignored</source>
        <translation>конец &apos;%1&apos; раньше начала; пропущен</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; unknown; taken as other</source>
        <translation>вид &apos;%1&apos; неизвестен; принят как «другое»</translation>
    </message>
    <message>
        <source>events schema version %1 is not supported (this Sortie reads 1)</source>
        <translation>версия схемы событий %1 не поддерживается (эта версия Sortie читает 1)</translation>
    </message>
    <message>
        <source>header lacks Timestamp/UTC or Position</source>
        <translation>в заголовке нет Timestamp/UTC или Position</translation>
    </message>
    <message>
        <source>no valid time; row skipped</source>
        <translation>нет корректного времени; строка пропущена</translation>
    </message>
    <message>
        <source>header lacks network_time, hex, latitude or longitude</source>
        <translation>в заголовке нет network_time, hex, latitude или longitude</translation>
    </message>
    <message>
        <source>no valid time or hex address; row skipped</source>
        <translation>нет корректного времени или адреса hex; строка пропущена</translation>
    </message>
    <message>
        <source>trajectory has %1 positions and %2 datetimes; the first %3 pairs used</source>
        <translation>в траектории %1 координат и %2 отметок времени; использованы первые %3 пар</translation>
    </message>
    <message>
        <source>trajectory position %1 has no valid coordinates or datetime; skipped</source>
        <translation>у точки траектории %1 нет корректных координат или времени; пропущена</translation>
    </message>
    <message>
        <source>trajectory position %1: %2; skipped</source>
        <translation>точка траектории %1: %2; пропущена</translation>
    </message>
    <message>
        <source>feature is neither a timed Point nor an MF-JSON trajectory; skipped</source>
        <translation>объект — ни точка со временем, ни траектория MF-JSON; пропущен</translation>
    </message>
    <message>
        <source>track %1, point %2</source>
        <translation>трек %1, точка %2</translation>
    </message>
    <message>
        <source>time zone &apos;%1&apos; unknown; time taken as UTC</source>
        <translation>часовой пояс &apos;%1&apos; неизвестен; время принято как UTC</translation>
    </message>
    <message>
        <source>floating time (no zone); taken as UTC</source>
        <translation>время без пояса; принято как UTC</translation>
    </message>
    <message>
        <source>the event (from the calendar entry)</source>
        <translation>событие (из записи календаря)</translation>
    </message>
    <message>
        <source>cannot open the gzip stream</source>
        <translation>не удаётся открыть поток gzip</translation>
    </message>
    <message>
        <source>decompresses to more than %1 MiB, the most Sortie reads from one file; split the export</source>
        <translation>после распаковки больше %1 МиБ — предела Sortie для одного файла; разделите выгрузку</translation>
    </message>
    <message>
        <source>truncated or corrupt gzip data%1</source>
        <translation>обрезанные или повреждённые данные gzip%1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>is %1 MiB; Sortie reads files of up to %2 MiB at once: split the export</source>
        <translation>размер %1 МиБ; Sortie читает файлы до %2 МиБ за раз: разделите выгрузку</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>empty file (after decompression)</source>
        <translation>пустой файл (после распаковки)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (first bad byte here); text may show replacement characters</source>
        <translation>не корректный UTF-8 (первый неверный байт здесь); в тексте возможны символы замены</translation>
    </message>
    <message>
        <source>not a track, airbase or event file Sortie can read (see docs/formats.md for the formats it knows)</source>
        <translation>не файл треков, аэродромов или событий, который читает Sortie (известные форматы — в docs/formats.md)</translation>
    </message>
    <message>
        <source>read as %1, but nothing usable was found</source>
        <translation>прочитан как %1, но ничего пригодного не найдено</translation>
    </message>
    <message>
        <source>latitude %1 out of range</source>
        <translation>широта %1 вне диапазона</translation>
    </message>
    <message>
        <source>longitude %1 out of range</source>
        <translation>долгота %1 вне диапазона</translation>
    </message>
    <message>
        <source>time %1 is not plausible for a tracked position</source>
        <translation>время %1 неправдоподобно для отметки трека</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>нет строки заголовка</translation>
    </message>
    <message>
        <source>unexpected end of input (expected &apos;%1&apos;)</source>
        <translation>неожиданный конец данных (ожидалось &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>ожидалось &apos;%1&apos;, найдено &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unexpected end of input (expected a number)</source>
        <translation>неожиданный конец данных (ожидалось число)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <source>line break inside a string</source>
        <translation>перевод строки внутри строки</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>обрезанная последовательность \u</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>неверная последовательность \u</translation>
    </message>
    <message>
        <source>unexpected end of input inside a string</source>
        <translation>неожиданный конец данных внутри строки</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>неожиданный символ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; not read</source>
        <translation>вложенность глубже %1 уровней; не прочитано</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>неожиданный конец данных</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>gx:Track has %1 &lt;when&gt; and %2 &lt;gx:coord&gt;; the first %3 pairs used</source>
        <translation>в gx:Track %1 &lt;when&gt; и %2 &lt;gx:coord&gt;; использованы первые %3 пар</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>некорректный XML: %1</translation>
    </message>
    <message>
        <source>header lacks time, icao24, lat or lon</source>
        <translation>в заголовке нет time, icao24, lat или lon</translation>
    </message>
    <message>
        <source>no icao24 or no valid time; row skipped</source>
        <translation>нет icao24 или корректного времени; строка пропущена</translation>
    </message>
    <message>
        <source>time %1 is not a time; row skipped</source>
        <translation>время %1 — не время; строка пропущена</translation>
    </message>
    <message>
        <source>trace row %1 lacks time, latitude or longitude; skipped</source>
        <translation>в строке трассы %1 нет времени, широты или долготы; пропущена</translation>
    </message>
    <message>
        <source>trace row %1: time %2 + %3 s is not a time; skipped</source>
        <translation>строка трассы %1: время %2 + %3 с — не время; пропущена</translation>
    </message>
    <message>
        <source>trace row %1: %2; skipped</source>
        <translation>строка трассы %1: %2; пропущена</translation>
    </message>
    <message>
        <source>text after the end of the JSON object</source>
        <translation>текст после конца объекта JSON</translation>
    </message>
    <message>
        <source>not valid JSON: %1; the %2 positions before it were kept</source>
        <translation>некорректный JSON: %1; %2 отметок до этого места сохранены</translation>
    </message>
    <message>
        <source>not a readsb trace: no numeric &quot;timestamp&quot; and &quot;trace&quot; array</source>
        <translation>не трасса readsb: нет числового «timestamp» и массива «trace»</translation>
    </message>
    <message>
        <source>remove track %1</source>
        <translation>удалить трек %1</translation>
    </message>
    <message>
        <source>link to a track %1 that is not in the file; skipped</source>
        <translation>связь с треком %1, которого нет в файле; пропущена</translation>
    </message>
    <message>
        <source>%1 %2 differs from the one here with that id; added as %3</source>
        <translation>%1 %2 не совпадает с имеющимся здесь под тем же id; добавлен новый объект %3</translation>
    </message>
    <message>
        <source>callout</source>
        <translation>выноска</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>маркер</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>стрелка</translation>
    </message>
    <message>
        <source>area</source>
        <translation>область</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>The file was written by an older Sortie and could not be updated (stock QGIS may show another file&apos;s data until the next save): %1</source>
        <translation>Файл записан старой версией Sortie, и обновить его не удалось (до следующего сохранения обычный QGIS может показывать данные другого файла): %1</translation>
    </message>
    <message>
        <source>%1 is a view, not a table: Sortie does not run a file&apos;s SQL; nothing of it was read</source>
        <translation>%1 — представление (view), а не таблица: Sortie не выполняет SQL из файла; из него ничего не прочитано</translation>
    </message>
    <message>
        <source>the file holds triggers that Sortie did not write (%1); Sortie runs no SQL of a file, and saving leaves them out</source>
        <translation>В файле есть триггеры, созданные не Sortie (%1); Sortie не выполняет SQL из файла, и при сохранении они не переносятся</translation>
    </message>
    <message>
        <source>the file holds views that Sortie did not write (%1); they are not read, and saving leaves them out</source>
        <translation>В файле есть представления (view), созданные не Sortie (%1); они не читаются и при сохранении не переносятся</translation>
    </message>
    <message>
        <source>The file&apos;s QGIS project &quot;%1&quot; cannot be read; Sortie ignores it and writes its own on the next save</source>
        <translation>Проект QGIS «%1» в файле не читается; Sortie его не использует и при следующем сохранении запишет свой</translation>
    </message>
    <message>
        <source>The file&apos;s QGIS project &quot;%1&quot; has Python macros: ignored, never run</source>
        <translation>В проекте QGIS «%1» в файле есть макросы Python: не используются и никогда не выполняются</translation>
    </message>
    <message>
        <source>The file&apos;s QGIS project &quot;%1&quot; has Python expression functions: ignored, never run</source>
        <translation>В проекте QGIS «%1» в файле есть функции выражений на Python: не используются и никогда не выполняются</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s QGIS project &quot;%1&quot; has %n layer action(s): ignored, never run</source>
        <translation>
            <numerusform>В проекте QGIS «%1» в файле есть %n действие слоя: не используется и никогда не выполняется</numerusform>
            <numerusform>В проекте QGIS «%1» в файле есть %n действия слоя: не используются и никогда не выполняются</numerusform>
            <numerusform>В проекте QGIS «%1» в файле есть %n действий слоя: не используются и никогда не выполняются</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s QGIS project &quot;%1&quot; has layers that read outside the file: %2; Sortie opens none of them</source>
        <translation>В проекте QGIS «%1» в файле есть слои, читающие данные вне файла: %2; Sortie ни один из них не открывает</translation>
    </message>
    <message>
        <source>%1 is not a Sortie project (it has no %2 table)</source>
        <translation>%1 — не проект Sortie (в нём нет таблицы %2)</translation>
    </message>
    <message>
        <source>the database refused it</source>
        <translation>база данных отказала</translation>
    </message>
    <message>
        <source>team project %1</source>
        <translation>командный проект %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a team project: use lower-case letters, digits and _ (at most 63), not starting with a digit or pg_</source>
        <translation>«%1» не может быть именем командного проекта: используйте строчные латинские буквы, цифры и _ (не более 63, не с цифры и не с pg_)</translation>
    </message>
    <message>
        <source>cannot connect to the database</source>
        <translation>не удаётся подключиться к базе данных</translation>
    </message>
    <message>
        <source>the database already has a schema %1: choose another name</source>
        <translation>в базе данных уже есть схема %1: выберите другое имя</translation>
    </message>
    <message>
        <source>cannot open the new schema %1</source>
        <translation>не удаётся открыть новую схему %1</translation>
    </message>
    <message>
        <source>Could not publish to %1: %2</source>
        <translation>Не удалось опубликовать в %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a team project</source>
        <translation>«%1» — не имя командного проекта</translation>
    </message>
    <message>
        <source>Airbases of this project</source>
        <translation>Аэродромы этого проекта</translation>
    </message>
    <message>
        <source>Military airfields</source>
        <translation>Военные аэродромы</translation>
    </message>
    <message>
        <source>Large airports</source>
        <translation>Крупные аэропорты</translation>
    </message>
    <message>
        <source>Medium airports</source>
        <translation>Средние аэропорты</translation>
    </message>
    <message>
        <source>Small airfields</source>
        <translation>Малые аэродромы</translation>
    </message>
    <message>
        <source>Heliports, seaplane and balloon bases</source>
        <translation>Вертодромы, гидроаэродромы и базы аэростатов</translation>
    </message>
    <message>
        <source>Closed airfields</source>
        <translation>Закрытые аэродромы</translation>
    </message>
    <message>
        <source>Exported %1 UTC from %2 · map projection %3 · page [% @layout_page %] of [% @layout_numpages %]</source>
        <translation>Экспорт %1 UTC из %2 · проекция карты %3 · стр. [% @layout_page %] из [% @layout_numpages %]</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(aircraft database)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(база данных ВС)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>ICAO address</source>
        <translation>Адрес ICAO</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Эксплуатант</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Военный</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>ADS-B Exchange basic aircraft database</source>
        <translation>Базовая база данных ВС ADS-B Exchange</translation>
    </message>
    <message>
        <source>OpenSky aircraft database</source>
        <translation>База данных ВС OpenSky</translation>
    </message>
    <message>
        <source>%1 is neither OpenSky&apos;s aircraft database (a CSV with an icao24 column) nor ADS-B Exchange&apos;s basic aircraft database (JSON lines with &quot;icao&quot;).</source>
        <translation>%1 — не база данных ВС OpenSky (CSV со столбцом icao24) и не базовая база данных ВС ADS-B Exchange (строки JSON с «icao»).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an aircraft database written by Sortie.</source>
        <translation>%1 — не база данных ВС, записанная Sortie.</translation>
    </message>
    <message>
        <source>%1, %2 airframes, converted %3 UTC</source>
        <translation>%1, бортов: %2, преобразовано %3 UTC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an ICAO address, a registration (reg:), a type (type:) nor &apos;military&apos;</source>
        <translation>&apos;%1&apos; — не адрес ICAO, не регистрация (reg:), не тип (type:) и не &apos;military&apos;</translation>
    </message>
    <message>
        <source>From the aircraft database, not the source: %1</source>
        <translation>Из базы данных ВС, не из источника: %1</translation>
    </message>
    <message>
        <source>not enough memory to read this file</source>
        <translation>недостаточно памяти, чтобы прочитать этот файл</translation>
    </message>
    <message>
        <source>&lt;p&gt;Source: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Источник: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Источники&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sources)</source>
        <translation>
            <numerusform>%1 (%n источник)</numerusform>
            <numerusform>%1 (%n источника)</numerusform>
            <numerusform>%1 (%n источников)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n positions</source>
        <translation>
            <numerusform>%1: %n позиция</numerusform>
            <numerusform>%1: %n позиции</numerusform>
            <numerusform>%1: %n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n where no denser source had data)</source>
        <translation>
            <numerusform> (использована %n там, где у более плотного источника не было данных)</numerusform>
            <numerusform> (использованы %n там, где у более плотного источника не было данных)</numerusform>
            <numerusform> (использовано %n там, где у более плотного источника не было данных)</numerusform>
        </translation>
    </message>
    <message>
        <source>; data %1 UTC</source>
        <translation>; данные %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>remove source %1</source>
        <translation>удалить источник %1</translation>
    </message>
    <message>
        <source>cannot give the team its rights: %1</source>
        <translation>не удаётся выдать команде права: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to name a team project (at most %2 characters: its roles add _reader and _editor)</source>
        <translation>«%1» слишком длинно для имени командного проекта (не более %2 символов: к именам его ролей добавляются _reader и _editor)</translation>
    </message>
    <message numerus="yes">
        <source>%1, unlinked from %n flights only it saw</source>
        <translation>
            <numerusform>%1, снята связь с %n полётом, который видел только он</numerusform>
            <numerusform>%1, сняты связи с %n полётами, которые видел только он</numerusform>
            <numerusform>%1, сняты связи с %n полётами, которые видел только он</numerusform>
        </translation>
    </message>
    <message>
        <source>the server already has a role %1 or %2 (left by another team project, in this or another database): drop them or choose another name</source>
        <translation>на сервере уже есть роль %1 или %2 (оставлена другим командным проектом, в этой или другой базе данных): удалите их или выберите другое имя</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is given again later in the same object; the later value is used (%n value(s) replaced by a later one of the same name in this file)</source>
        <translation>
            <numerusform>«%1» повторяется дальше в том же объекте; берётся последнее значение (в этом файле заменено %n значение более поздним с тем же именем)</numerusform>
            <numerusform>«%1» повторяется дальше в том же объекте; берётся последнее значение (в этом файле заменено %n значения более поздними с тем же именем)</numerusform>
            <numerusform>«%1» повторяется дальше в том же объекте; берётся последнее значение (в этом файле заменено %n значений более поздними с тем же именем)</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer from the database</source>
        <translation>база данных не ответила</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>%1 has no %2 table</source>
        <translation>в %1 нет таблицы %2</translation>
    </message>
    <message>
        <source>cannot record who edits: %1</source>
        <translation>невозможно вести учёт правок: %1</translation>
    </message>
    <message>
        <source>too many names repeated within repeated members; not read</source>
        <translation>слишком много имён, повторённых внутри повторённых членов; не прочитано</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>таблица %1: %2</translation>
    </message>
    <message>
        <source>the team project has no such table</source>
        <translation>в командном проекте нет такой таблицы</translation>
    </message>
    <message>
        <source>cannot read what is to be added</source>
        <translation>не удаётся прочитать добавляемое</translation>
    </message>
    <message>
        <source>cannot connect to the database: %1</source>
        <translation>не удаётся подключиться к базе данных: %1</translation>
    </message>
    <message>
        <source>Nothing was added to team project %1: %2</source>
        <translation>В командный проект %1 ничего не добавлено: %2</translation>
    </message>
    <message>
        <source>the database has no PostGIS</source>
        <translation>в базе данных нет PostGIS</translation>
    </message>
    <message>
        <source>a second annotation with id %1; skipped</source>
        <translation>вторая пометка с идентификатором %1; пропущена</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>No aircraft data in this window</source>
        <translation>В этом окне нет данных о бортах</translation>
    </message>
</context>
<context>
    <name>sortie</name>
    <message>
        <source>unknown altitude</source>
        <translation>высота неизвестна</translation>
    </message>
    <message>
        <source>%L1 ft</source>
        <translation>%L1 ft</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 км</translation>
    </message>
    <message>
        <source>gap in flight</source>
        <translation>разрыв в полёте</translation>
    </message>
    <message>
        <source>gap on the ground</source>
        <translation>разрыв на земле</translation>
    </message>
    <message>
        <source>ground stop inferred</source>
        <translation>предполагаемая стоянка</translation>
    </message>
    <message>
        <source>gap, whether it landed unknown</source>
        <translation>разрыв, была ли посадка — неизвестно</translation>
    </message>
    <message>
        <source>On the ground at both ends (%1 without positions).</source>
        <translation>На земле с обеих сторон (%1 без отметок).</translation>
    </message>
    <message>
        <source>On the ground before and airborne after: it took off during the %1 without positions, when and where the data cannot say.</source>
        <translation>До — на земле, после — в воздухе: взлетел в течение %1 без отметок; когда и где — по данным сказать нельзя.</translation>
    </message>
    <message>
        <source>Airborne before and on the ground after: it landed during the %1 without positions, when and where the data cannot say.</source>
        <translation>До — в воздухе, после — на земле: сел в течение %1 без отметок; когда и где — по данным сказать нельзя.</translation>
    </message>
    <message>
        <source>%1 without positions; %2 apart, %3 at the speed flown; last seen at %4, next at %5</source>
        <translation>%1 без отметок; расстояние %2, %3 на скорости полёта; последняя отметка %4, следующая %5</translation>
    </message>
    <message>
        <source>In flight: airborne at both ends, with no time to have landed (%1).</source>
        <translation>В полёте: в воздухе с обеих сторон, времени на посадку не было (%1).</translation>
    </message>
    <message>
        <source>at %1 (%2 away)</source>
        <translation>в %1 (в %2)</translation>
    </message>
    <message>
        <source>at a field not among the airbases loaded</source>
        <translation>на аэродроме, которого нет среди загруженных</translation>
    </message>
    <message>
        <source>an approach before the gap and a climb-out after it, %1 apart</source>
        <translation>заход на посадку до разрыва и набор высоты после, на расстоянии %1</translation>
    </message>
    <message>
        <source>a final approach before the gap</source>
        <translation>конечный этап захода до разрыва</translation>
    </message>
    <message>
        <source>an initial climb after the gap</source>
        <translation>начальный набор высоты после разрыва</translation>
    </message>
    <message>
        <source>Ground stop inferred %1: %2, and time enough to land and take off (%3). Landing and take-off were not seen.</source>
        <translation>Предполагаемая стоянка %1: %2, и времени достаточно для посадки и взлёта (%3). Посадка и взлёт не наблюдались.</translation>
    </message>
    <message>
        <source>Unknown: airborne at both ends, and time enough to have landed, but no approach or climb-out seen (%1).</source>
        <translation>Неизвестно: в воздухе с обеих сторон, времени на посадку хватало, но ни захода, ни набора высоты не видно (%1).</translation>
    </message>
</context>
<context>
    <name>sortie::AboutDialog</name>
    <message>
        <source>About Sortie</source>
        <translation>О программе Sortie</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sortie %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sortie %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop GIS workbench for following aircraft movements against world events: flight tracks, airbases and dated events on one map and one timeline, with correlations annotated by hand and their sources kept beside them.</source>
        <translation>Настольный ГИС-инструмент для сопоставления перемещений воздушных судов с мировыми событиями: треки, аэродромы и датированные события на одной карте и одной шкале времени, корреляции, размеченные вручную, и их источники рядом с ними.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Копировать версии</translation>
    </message>
</context>
<context>
    <name>sortie::AircraftLayer</name>
    <message>
        <source>Aircraft</source>
        <translation>Борты</translation>
    </message>
</context>
<context>
    <name>sortie::AirportSearchBox</name>
    <message>
        <source>large airport</source>
        <translation>крупный аэропорт</translation>
    </message>
    <message>
        <source>medium airport</source>
        <translation>средний аэропорт</translation>
    </message>
    <message>
        <source>small airfield</source>
        <translation>малый аэродром</translation>
    </message>
    <message>
        <source>heliport</source>
        <translation>вертодром</translation>
    </message>
    <message>
        <source>seaplane base</source>
        <translation>гидроаэродром</translation>
    </message>
    <message>
        <source>balloon port</source>
        <translation>база аэростатов</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>Find airport: ICAO, IATA or name</source>
        <translation>Найти аэропорт: ICAO, IATA или название</translation>
    </message>
    <message>
        <source>Type a code or part of a name, choose a field: the map goes there (Ctrl+F)</source>
        <translation>Введите код или часть названия и выберите аэродром: карта перейдёт к нему (Ctrl+F)</translation>
    </message>
    <message>
        <source>military</source>
        <translation>военный</translation>
    </message>
</context>
<context>
    <name>sortie::AnnotationController</name>
    <message>
        <source>&amp;Callout</source>
        <translation>&amp;Выноска</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>&amp;Маркер</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Стрелка</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Область</translation>
    </message>
    <message>
        <source>M&amp;ove Annotations</source>
        <translation>П&amp;ереместить пометки</translation>
    </message>
    <message>
        <source>&amp;Pan the Map</source>
        <translation>Сдвиг &amp;карты</translation>
    </message>
    <message>
        <source>click its tail, then its head</source>
        <translation>щёлкните начало, затем острие</translation>
    </message>
    <message>
        <source>click each corner, right-click to close</source>
        <translation>щёлкните каждый угол, правый щелчок замыкает</translation>
    </message>
    <message>
        <source>click where it goes</source>
        <translation>щёлкните, где её поставить</translation>
    </message>
    <message>
        <source>Annotate: %1; Esc cancels.</source>
        <translation>Пометка: %1; Esc — отмена.</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <source>Text of the callout:</source>
        <translation>Текст выноски:</translation>
    </message>
    <message>
        <source>Text (optional):</source>
        <translation>Текст (необязательно):</translation>
    </message>
    <message>
        <source>No annotation added.</source>
        <translation>Пометка не добавлена.</translation>
    </message>
    <message>
        <source>Annotation added; shown inside the selected time window</source>
        <translation>Пометка добавлена; показывается только в выбранном временном окне</translation>
    </message>
    <message>
        <source>Annotation added</source>
        <translation>Пометка добавлена</translation>
    </message>
    <message>
        <source>Move annotations: drag one by any of its points; Esc or another tool ends.</source>
        <translation>Перемещение пометок: тяните за любую точку; Esc или другой инструмент завершает.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
</context>
<context>
    <name>sortie::BriefingController</name>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Экспорт...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Экспорт в &amp;PDF...</translation>
    </message>
    <message>
        <source>Export for other tools</source>
        <translation>Экспорт для других программ</translation>
    </message>
    <message>
        <source>KML for Google Earth (*.kml);;GeoJSON, MF-JSON trajectories (*.geojson);;Events CSV (*.csv)</source>
        <translation>KML для Google Earth (*.kml);;GeoJSON, траектории MF-JSON (*.geojson);;События CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Экспорт невозможен</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>unsaved project</source>
        <translation>несохранённый проект</translation>
    </message>
    <message>
        <source>Flights and events, %1</source>
        <translation>Полёты и события, %1</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Запись %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled; nothing written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>Не удаётся экспортировать PDF</translation>
    </message>
    <message>
        <source>Exported 1 page to %1</source>
        <translation>Экспортирована 1 страница в %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pages to %1</source>
        <translation>
            <numerusform>Экспортирована %n страница в %1</numerusform>
            <numerusform>Экспортировано %n страницы в %1</numerusform>
            <numerusform>Экспортировано %n страниц в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sortie::CorrelationController</name>
    <message>
        <source>&amp;Link Flight to Event...</source>
        <translation>&amp;Связать рейс с событием...</translation>
    </message>
    <message>
        <source>Select a leg (timeline or map) and an event first</source>
        <translation>Сначала выберите участок (на шкале времени или карте) и событие</translation>
    </message>
    <message>
        <source>To link: select a leg on the timeline or the map, and an event, then Edit &gt; Link.</source>
        <translation>Чтобы связать: выберите участок на шкале времени или карте и событие, затем Правка &gt; Связать.</translation>
    </message>
</context>
<context>
    <name>sortie::CorrelationDialog</name>
    <message>
        <source>Link flights to events</source>
        <translation>Связать рейсы с событиями</translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation>Изменить связь %1</translation>
    </message>
    <message>
        <source>%1 (no longer in the project)</source>
        <translation>%1 (больше нет в проекте)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flights:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Events:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Рейсы:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;События:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>What the data says (computed, UTC):</source>
        <translation>Что говорят данные (расчёт, UTC):</translation>
    </message>
    <message>
        <source>the relation in your words</source>
        <translation>связь своими словами</translation>
    </message>
    <message>
        <source>The flight</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <source>Your judgement, e.g. &quot;likely carrying the follow-up delegation&quot;</source>
        <translation>Ваша оценка, напр. «вероятно, доставлял следующую делегацию»</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>optional: likely, almost certainly...</source>
        <translation>необязательно: вероятно, почти наверняка...</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Write the judgement in the note: the link is yours, not the software&apos;s.</source>
        <translation>Запишите оценку в примечании: связь устанавливаете вы, а не программа.</translation>
    </message>
    <message>
        <source>Say the relation in words, or choose one from the list.</source>
        <translation>Опишите связь словами или выберите её из списка.</translation>
    </message>
</context>
<context>
    <name>sortie::CorrelationPanel</name>
    <message>
        <source>Filter: flight, event, note, source</source>
        <translation>Фильтр: рейс, событие, примечание, источник</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Рейсы</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Корреляции</translation>
    </message>
    <message>
        <source>Link...</source>
        <translation>Связать...</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Text...</source>
        <translation>Текст...</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Временное окно</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Предложения (%1)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <source>  — shown %1</source>
        <translation>  — показана %1</translation>
    </message>
    <message>
        <source>  — for %1</source>
        <translation>  — к %1</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>Пометки (%1)</translation>
    </message>
</context>
<context>
    <name>sortie::EventDialog</name>
    <message>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>2023-08, 2023-07-25 or 2024-07-09 04:10</source>
        <translation>2023-08, 2023-07-25 или 2024-07-09 04:10</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <source>optional; inclusive (2023-07-27)</source>
        <translation>необязательно; включительно (2023-07-27)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Конец (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>ICAO code, e.g. ZKPY (optional)</source>
        <translation>код ИКАО, напр. ZKPY (необязательно)</translation>
    </message>
    <message>
        <source>Airbase</source>
        <translation>Аэродром</translation>
    </message>
    <message>
        <source>latitude, longitude in degrees (optional)</source>
        <translation>широта, долгота в градусах (необязательно)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>через ;</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>У события должно быть название.</translation>
    </message>
    <message>
        <source>Start: write 2023-08, 2023-07-25 or 2024-07-09 04:10 (UTC).</source>
        <translation>Начало: введите 2023-08, 2023-07-25 или 2024-07-09 04:10 (UTC).</translation>
    </message>
    <message>
        <source>End: not a date.</source>
        <translation>Конец: это не дата.</translation>
    </message>
    <message>
        <source>End: before the start.</source>
        <translation>Конец: раньше начала.</translation>
    </message>
    <message>
        <source>Position: latitude, longitude in degrees, e.g. 39.2241, 125.67.</source>
        <translation>Координаты: широта, долгота в градусах, напр. 39.2241, 125.67.</translation>
    </message>
</context>
<context>
    <name>sortie::EventKind</name>
    <message>
        <source>summit</source>
        <translation>саммит</translation>
    </message>
    <message>
        <source>delegation visit</source>
        <translation>визит делегации</translation>
    </message>
    <message>
        <source>treaty signing</source>
        <translation>подписание договора</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>учения</translation>
    </message>
    <message>
        <source>flight report</source>
        <translation>сообщение о рейсе</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>sortie::EventPanel</name>
    <message>
        <source>Filter: title, place, actor, source</source>
        <translation>Фильтр: название, место, участник, источник</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Only in the timeline&apos;s selected window</source>
        <translation>Только в выбранном окне шкалы времени</translation>
    </message>
    <message>
        <source>Select an event to see its sources.</source>
        <translation>Выберите событие, чтобы увидеть его источники.</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Добавить...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>sortie::EventTableModel</name>
    <message>
        <source>Date (UTC)</source>
        <translation>Дата (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>sortie::ExportPdfDialog</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ГГГГ-ММ-ДД ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>The time window in UTC</source>
        <translation>Временное окно в UTC</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>O&amp;rientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>на</translation>
    </message>
    <message>
        <source>&amp;Aircraft:</source>
        <translation>Б&amp;орты:</translation>
    </message>
    <message>
        <source>Lines of latitude and longitude</source>
        <translation>Параллели и меридианы</translation>
    </message>
    <message>
        <source>&amp;Graticule:</source>
        <translation>&amp;Сетка:</translation>
    </message>
    <message>
        <source>A page for each correlation checked below</source>
        <translation>Отдельная страница для каждой отмеченной ниже корреляции</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>С&amp;траницы:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>Сохр&amp;анить в:</translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation>Вёрстка страниц...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>From and To take two UTC times, YYYY-MM-DD HH:MM, the first before the second.</source>
        <translation>В полях «С» и «По» — два момента UTC, ГГГГ-ММ-ДД ЧЧ:ММ, первый раньше второго.</translation>
    </message>
    <message>
        <source>The aircraft&apos;s time takes a UTC time, YYYY-MM-DD HH:MM.</source>
        <translation>Время бортов — момент UTC, ГГГГ-ММ-ДД ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>Check the correlations to give a page each, or leave Pages unchecked.</source>
        <translation>Отметьте корреляции, которым нужна отдельная страница, или снимите флажок «Страницы».</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Выберите, куда сохранить PDF.</translation>
    </message>
    <message>
        <source>The file&apos;s name must end in .pdf.</source>
        <translation>Имя файла должно оканчиваться на .pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
</context>
<context>
    <name>sortie::FlightPanel</name>
    <message>
        <source>Select a leg on the timeline or the map to see its details.</source>
        <translation>Выберите участок на шкале времени или на карте, чтобы увидеть подробности.</translation>
    </message>
</context>
<context>
    <name>sortie::ImportController</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Импорт...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the import: nothing of it is added</source>
        <translation>Остановить импорт: ничего из него не будет добавлено</translation>
    </message>
    <message>
        <source>Import tracks, airbases or events</source>
        <translation>Импорт треков, аэродромов или событий</translation>
    </message>
    <message>
        <source>Tracks, airbases and events (*.csv *.json *.gz *.kml *.gpx *.geojson *.ics);;Sortie projects, merged into this one (*.sortie.gpkg);;All files (*)</source>
        <translation>Треки, аэродромы и события (*.csv *.json *.gz *.kml *.gpx *.geojson *.ics);;Проекты Sortie, объединяемые с этим (*.sortie.gpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Still importing; try again when it has finished.</source>
        <translation>Импорт ещё идёт; повторите, когда он завершится.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Импорт...</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Импорт %1 (%2 из %3)</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>Импорт &amp;папки...</translation>
    </message>
    <message>
        <source>Every file of a folder and its subfolders (a day of trace files), on every core, keeping the aircraft asked for</source>
        <translation>Все файлы папки и её подпапок (треки за день) на всех ядрах, только заданные борта</translation>
    </message>
    <message>
        <source>Import every file of a folder and its subfolders</source>
        <translation>Импортировать все файлы папки и её подпапок</translation>
    </message>
    <message>
        <source>Which aircraft</source>
        <translation>Какие борта</translation>
    </message>
    <message>
        <source>Keep only these aircraft (empty: all). ICAO addresses, registrations, type:C17, military; separated by spaces or commas. What a file does not say is looked up in the aircraft database.</source>
        <translation>Оставить только эти борта (пусто — все). Адреса ICAO, регистрации, type:C17, military через пробел или запятую. Чего нет в файле, ищется в базе данных ВС.</translation>
    </message>
    <message>
        <source>Adding to the team project...</source>
        <translation>Добавление в командный проект...</translation>
    </message>
    <message>
        <source>Import cancelled: the project files still go into the team project, not into this window.</source>
        <translation>Импорт отменён: файлы проекта всё равно попадут в командный проект, но не в это окно.</translation>
    </message>
</context>
<context>
    <name>sortie::ImportReportDialog</name>
    <message>
        <source>1 file read</source>
        <translation>прочитан 1 файл</translation>
    </message>
    <message>
        <source>, 1 could not be read</source>
        <translation>, 1 не удалось прочитать</translation>
    </message>
    <message>
        <source>: %1 tracks, %2 airbases, %3 events</source>
        <translation>: треков — %1, аэродромов — %2, событий — %3</translation>
    </message>
    <message>
        <source>; 1 problem</source>
        <translation>; 1 проблема</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message numerus="yes">
        <source>%n files read</source>
        <translation>
            <numerusform>прочитан %n файл</numerusform>
            <numerusform>прочитано %n файла</numerusform>
            <numerusform>прочитано %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation>
            <numerusform>, %n не удалось прочитать</numerusform>
            <numerusform>, %n не удалось прочитать</numerusform>
            <numerusform>, %n не удалось прочитать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n problems</source>
        <translation>
            <numerusform>; %n проблема</numerusform>
            <numerusform>; %n проблемы</numerusform>
            <numerusform>; %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Импорт отменён: ничего не добавлено.</translation>
    </message>
    <message numerus="yes">
        <source> (%n left out by the filter)</source>
        <translation>
            <numerusform> (%n исключён фильтром)</numerusform>
            <numerusform> (%n исключены фильтром)</numerusform>
            <numerusform> (%n исключено фильтром)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sortie::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Sortie will show its interface in %1 from the next start.</source>
        <translation>Интерфейс Sortie будет на языке «%1» со следующего запуска.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>&lt;b&gt;Только чтение.&lt;/b&gt; %1 Изменения можно сохранить командой «Сохранить как».</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Сохранить как...</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Рейс</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Корреляции</translation>
    </message>
    <message>
        <source>Cursor position (WGS84)</source>
        <translation>Положение курсора (WGS84)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Недав&amp;ние</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Add Event...</source>
        <translation>&amp;Добавить событие...</translation>
    </message>
    <message>
        <source>Anno&amp;tate Map</source>
        <translation>&amp;Пометки на карте</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom to &amp;Region</source>
        <translation>Показать &amp;регион</translation>
    </message>
    <message>
        <source>Zoom to &amp;Data</source>
        <translation>Показать &amp;данные</translation>
    </message>
    <message>
        <source>Zoom to &amp;World</source>
        <translation>Показать &amp;мир</translation>
    </message>
    <message>
        <source>Aircraft &amp;Trail</source>
        <translation>&amp;След борта</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <source>45 minutes</source>
        <translation>45 минут</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 часа</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 часов</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Сбросить &amp;расположение</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Sortie</source>
        <translation>&amp;О программе Sortie</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить событие</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? %n correlation(s) cite it and will lose the link to it (Edit &gt; Undo restores both).</source>
        <translation>
            <numerusform>Удалить «%1»? На него ссылается %n корреляция, она потеряет связь с ним (Правка &gt; Отменить восстановит и то и другое).</numerusform>
            <numerusform>Удалить «%1»? На него ссылаются %n корреляции, они потеряют связь с ним (Правка &gt; Отменить восстановит и то и другое).</numerusform>
            <numerusform>Удалить «%1»? На него ссылаются %n корреляций, они потеряют связь с ним (Правка &gt; Отменить восстановит и то и другое).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Масштаб 1:%1</translation>
    </message>
    <message>
        <source>&amp;Remove Track...</source>
        <translation>Удалить &amp;трек...</translation>
    </message>
    <message>
        <source>Remove the track of the selected leg, with its links (undoable)</source>
        <translation>Удалить трек выбранного участка вместе с его связями (можно отменить)</translation>
    </message>
    <message>
        <source>To remove a track: select one of its legs on the timeline or the map first.</source>
        <translation>Чтобы удалить трек, сначала выберите один из его участков на шкале времени или карте.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the track of %1 (%2, %n position(s))? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Удалить трек %1 (%2, %n отметка)? Правка &gt; Отменить вернёт его.</numerusform>
            <numerusform>Удалить трек %1 (%2, %n отметки)? Правка &gt; Отменить вернёт его.</numerusform>
            <numerusform>Удалить трек %1 (%2, %n отметок)? Правка &gt; Отменить вернёт его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the track of %1 (%2)? %n correlation(s) name its flights and will lose the link to it (Edit &gt; Undo restores both).</source>
        <translation>
            <numerusform>Удалить трек %1 (%2)? На его рейсы ссылается %n корреляция, она потеряет связь с ним (Правка &gt; Отменить восстановит и то и другое).</numerusform>
            <numerusform>Удалить трек %1 (%2)? На его рейсы ссылаются %n корреляции, они потеряют связь с ним (Правка &gt; Отменить восстановит и то и другое).</numerusform>
            <numerusform>Удалить трек %1 (%2)? На его рейсы ссылаются %n корреляций, они потеряют связь с ним (Правка &gt; Отменить восстановит и то и другое).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>Удалить трек</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Показать в&amp;ыбранное</translation>
    </message>
    <message>
        <source>Frame the selected correlation, or the selected leg and event</source>
        <translation>Показать на карте выбранную корреляцию или выбранные участок и событие</translation>
    </message>
    <message>
        <source>Nothing to frame: select an event, a leg or a correlation first.</source>
        <translation>Нечего показывать: сначала выберите событие, участок или корреляцию.</translation>
    </message>
    <message>
        <source>This event has no place on the map.</source>
        <translation>У этого события нет места на карте.</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 (%2, %n positions)</source>
        <translation>
            <numerusform>Только %1 (%2, %n позиция)</numerusform>
            <numerusform>Только %1 (%2, %n позиции)</numerusform>
            <numerusform>Только %1 (%2, %n позиций)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is seen by %n sources. Remove (Edit &gt; Undo brings it back):</source>
        <translation>
            <numerusform>%1 виден в %n источнике. Удалить (Правка &gt; Отменить вернёт):</numerusform>
            <numerusform>%1 виден в %n источниках. Удалить (Правка &gt; Отменить вернёт):</numerusform>
            <numerusform>%1 виден в %n источниках. Удалить (Правка &gt; Отменить вернёт):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sources of %1</source>
        <translation>
            <numerusform>%n источник самолёта %1</numerusform>
            <numerusform>Все %n источника самолёта %1</numerusform>
            <numerusform>Все %n источников самолёта %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Team project.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Командный проект.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Archive positions could not be read: %1</source>
        <translation>Не удалось прочитать позиции архива: %1</translation>
    </message>
    <message numerus="yes">
        <source>Archive: the first %1 positions (of %n aircraft) from %2, more than a window holds; the rest is read as the time moves on (read in %3 ms)</source>
        <translation>
            <numerusform>Архив: первые %1 позиций (%n борт) с %2 — больше, чем вмещает окно; остальное читается по мере движения времени (прочитано за %3 мс)</numerusform>
            <numerusform>Архив: первые %1 позиций (%n борта) с %2 — больше, чем вмещает окно; остальное читается по мере движения времени (прочитано за %3 мс)</numerusform>
            <numerusform>Архив: первые %1 позиций (%n бортов) с %2 — больше, чем вмещает окно; остальное читается по мере движения времени (прочитано за %3 мс)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive: %1 positions of %n aircraft, %2 to %3 (read in %4 ms)</source>
        <translation>
            <numerusform>Архив: позиций — %1, %n борт, с %2 по %3 (прочитано за %4 мс)</numerusform>
            <numerusform>Архив: позиций — %1, %n борта, с %2 по %3 (прочитано за %4 мс)</numerusform>
            <numerusform>Архив: позиций — %1, %n бортов, с %2 по %3 (прочитано за %4 мс)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sortie::NavigationController</name>
    <message>
        <source>Map &amp;Projection...</source>
        <translation>&amp;Проекция карты...</translation>
    </message>
    <message>
        <source>Choose the projection the map and the PDF are drawn in</source>
        <translation>Выбрать проекцию, в которой рисуются карта и PDF</translation>
    </message>
    <message>
        <source>&amp;Find Airport...</source>
        <translation>&amp;Найти аэропорт...</translation>
    </message>
    <message>
        <source>Map projection: %1. Click to choose another.</source>
        <translation>Проекция карты: %1. Нажмите, чтобы выбрать другую.</translation>
    </message>
    <message>
        <source>Map Projection</source>
        <translation>Проекция карты</translation>
    </message>
    <message>
        <source>The map and the PDF are drawn in this projection; it is saved with the project. View &gt; Zoom to Data chooses one for the data again.</source>
        <translation>Карта и PDF рисуются в этой проекции; она сохраняется в проекте. Вид &gt; Показать данные снова выбирает проекцию по данным.</translation>
    </message>
    <message>
        <source>Map projection: %1</source>
        <translation>Проекция карты: %1</translation>
    </message>
    <message>
        <source>%1 cannot be shown in this projection.</source>
        <translation>%1 нельзя показать в этой проекции.</translation>
    </message>
    <message>
        <source>Closed fields are not drawn: switch on &quot;Closed airfields&quot; in the Layers panel to see it.</source>
        <translation>Закрытые аэродромы не рисуются: чтобы увидеть, включите «Закрытые аэродромы» на панели слоёв.</translation>
    </message>
</context>
<context>
    <name>sortie::ProfilePlot</name>
    <message>
        <source>Select a leg on the timeline or the map.</source>
        <translation>Выберите участок на шкале времени или на карте.</translation>
    </message>
    <message>
        <source>altitude</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>ground speed</source>
        <translation>путевая скорость</translation>
    </message>
</context>
<context>
    <name>sortie::ProjectController</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>%1 cannot be written (a read-only file or place).</source>
        <translation>%1 недоступен для записи (файл или место только для чтения).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>В %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Not a Sortie project</source>
        <translation>Это не проект Sortie</translation>
    </message>
    <message>
        <source>Import its layers into this project instead? Point layers with times become tracks, point layers with ICAO codes airbases.</source>
        <translation>Импортировать его слои в этот проект? Точечные слои со временем станут треками, точечные слои с кодами ИКАО — аэродромами.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <source>Some of the project could not be read</source>
        <translation>Часть проекта не удалось прочитать</translation>
    </message>
    <message>
        <source>%1 opened; these parts were skipped:

%2</source>
        <translation>%1 открыт; пропущены следующие части:

%2</translation>
    </message>
    <message>
        <source>Recovered unsaved work of %1</source>
        <translation>Восстановлена несохранённая работа над %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Не удаётся сохранить проект</translation>
    </message>
    <message>
        <source>The file on disk is as it was before.</source>
        <translation>Файл на диске остался прежним.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранён %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Автосохранение не удалось: %1</translation>
    </message>
    <message>
        <source>Autosaved unsaved work</source>
        <translation>Несохранённая работа автосохранена</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <source>Sortie did not close normally. Work on %1 was autosaved at %2 UTC and not saved since.

Recover it now? You can then save it.</source>
        <translation>Sortie завершился некорректно. Работа над %1 была автосохранена в %2 UTC и с тех пор не сохранялась.

Восстановить её сейчас? Затем её можно будет сохранить.</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>проект без названия</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Still saving %1; try again when it is saved.</source>
        <translation>%1 ещё сохраняется; повторите после сохранения.</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>Сохранение %1...</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Открыть проект...</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Sortie projects (*.sortie.gpkg);;All files (*)</source>
        <translation>Проекты Sortie (*.sortie.gpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Сохранить &amp;как...</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
    <message>
        <source>Open &amp;Team Project...</source>
        <translation>Открыть &amp;командный проект...</translation>
    </message>
    <message>
        <source>team project %1</source>
        <translation>командный проект %1</translation>
    </message>
    <message>
        <source>Cannot open team project</source>
        <translation>Не удаётся открыть командный проект</translation>
    </message>
    <message>
        <source>Team project %1, read-only, as it was when opened (%2).</source>
        <translation>Командный проект %1, только чтение, в состоянии на момент открытия (%2).</translation>
    </message>
    <message>
        <source>Team project changed</source>
        <translation>Командный проект изменён</translation>
    </message>
    <message>
        <source>Team project %1: %2</source>
        <translation>Командный проект %1: %2</translation>
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
        <translation>(удалено здесь)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим аналитиком</translation>
    </message>
    <message>
        <source>Yours:
%1

Theirs (%2):
%3</source>
        <translation>Ваше:
%1

Их (%2):
%3</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>Сохранить &amp;копию...</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <source>A copy cannot replace the project&apos;s own file: use Save.</source>
        <translation>Копия не может заменить файл самого проекта: используйте «Сохранить».</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>Копия сохранена в %1</translation>
    </message>
    <message>
        <source>Team project %1, read-only: your role %2 may read it, not change it. Others&apos; edits of events, correlations and drawings appear here as they save them.</source>
        <translation>Командный проект %1, только чтение: ваша роль %2 может читать его, но не изменять. Правки событий, корреляций и пометок другими появляются здесь, как только они их сохраняют.</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed events, correlations or drawings of team project %2 that you have changed here too: %n of yours kept as you left them (Save As keeps them in a file of your own).</source>
        <translation>
            <numerusform>%1 изменил(а) события, корреляции или пометки командного проекта %2, которые вы тоже изменили здесь: %n ваш оставлен как есть («Сохранить как» сохранит их в вашем файле).</numerusform>
            <numerusform>%1 изменил(а) события, корреляции или пометки командного проекта %2, которые вы тоже изменили здесь: %n ваших оставлены как есть («Сохранить как» сохранит их в вашем файле).</numerusform>
            <numerusform>%1 изменил(а) события, корреляции или пометки командного проекта %2, которые вы тоже изменили здесь: %n ваших оставлено как есть («Сохранить как» сохранит их в вашем файле).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team project %1: %n change(s) by %2</source>
        <translation>
            <numerusform>Командный проект %1: %n изменение от %2</numerusform>
            <numerusform>Командный проект %1: %n изменения от %2</numerusform>
            <numerusform>Командный проект %1: %n изменений от %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 confidence): %n flight(s), </source>
        <translation>
            <numerusform>%1 (уверенность: %2): %n полёт, </numerusform>
            <numerusform>%1 (уверенность: %2): %n полёта, </numerusform>
            <numerusform>%1 (уверенность: %2): %n полётов, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s)
%1</source>
        <translation>
            <numerusform>, %n источник
%1</numerusform>
            <numerusform>, %n источника
%1</numerusform>
            <numerusform>, %n источников
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s)
%2</source>
        <translation>
            <numerusform>%1 из %n точки
%2</numerusform>
            <numerusform>%1 из %n точек
%2</numerusform>
            <numerusform>%1 из %n точек
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(не удалось прочитать)</translation>
    </message>
    <message>
        <source>Team project %1: your edits of events, correlations and drawings are saved to the team as you make them, and others&apos; appear here as they save them. Tracks imported from raw files and dismissed suggestions stay in this window: Save As keeps them in a file.</source>
        <translation>Командный проект %1: ваши правки событий, корреляций и пометок сохраняются для команды сразу, а правки других появляются здесь, как только они их сохраняют. Треки, импортированные из исходных файлов, и отклонённые предложения остаются в этом окне: «Сохранить как» сохранит их в файл.</translation>
    </message>
</context>
<context>
    <name>sortie::ReferenceDataController</name>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>%1, downloaded %2 UTC from %3</source>
        <translation>%1, загружено %2 UTC с %3</translation>
    </message>
    <message>
        <source>Reference &amp;Data...</source>
        <translation>Справочные &amp;данные...</translation>
    </message>
    <message>
        <source>The airports file and the aircraft database every project uses</source>
        <translation>Файл аэропортов и база данных ВС, которые используют все проекты</translation>
    </message>
</context>
<context>
    <name>sortie::ReferenceDataDialog</name>
    <message>
        <source>Reference Data</source>
        <translation>Справочные данные</translation>
    </message>
    <message>
        <source>Downloaded once, kept in your data folder, offline after. The aircraft database is used by every project: tracks with only an ICAO address get their registration, type, operator and a military flag from it (marked as the database&apos;s in the flight details). OurAirports&apos; airports of the world are added to a project with the button below; its legs are then named after them.</source>
        <translation>Загружаются один раз в папку ваших данных и дальше работают без сети. База данных ВС используется во всех проектах: треки, у которых есть только адрес ICAO, получают из неё регистрацию, тип, эксплуатанта и признак военного борта (в сведениях о полёте это помечено как данные базы). Аэропорты мира OurAirports добавляются в проект кнопкой ниже; тогда участки полёта называются по ним.</translation>
    </message>
    <message>
        <source>OpenSky aircraft database</source>
        <translation>База данных ВС OpenSky</translation>
    </message>
    <message>
        <source>ADS-B Exchange basic aircraft database</source>
        <translation>Базовая база данных ВС ADS-B Exchange</translation>
    </message>
    <message>
        <source>Airports:</source>
        <translation>Аэропорты:</translation>
    </message>
    <message>
        <source>Aircraft:</source>
        <translation>ВС:</translation>
    </message>
    <message>
        <source>Aircraft from:</source>
        <translation>Источник ВС:</translation>
    </message>
    <message>
        <source>&amp;Update Both</source>
        <translation>&amp;Обновить оба</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>О&amp;тменить загрузку</translation>
    </message>
    <message>
        <source>&amp;Add Airports to This Project</source>
        <translation>&amp;Добавить аэропорты в проект</translation>
    </message>
    <message>
        <source>Import the downloaded airports file: legs and gaps are then named after them</source>
        <translation>Импортировать загруженный файл аэропортов: участки и разрывы будут названы по ним</translation>
    </message>
    <message>
        <source>%1: %2 MB</source>
        <translation>%1: %2 МБ</translation>
    </message>
</context>
<context>
    <name>sortie::ReferenceDownload</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>A download is running.</source>
        <translation>Загрузка уже идёт.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Не удаётся записать в %1: %2</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>%1 is larger than %2 GiB; not installed.</source>
        <translation>%1 больше %2 ГиБ; не установлено.</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>Не удаётся загрузить %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not OurAirports&apos; airports.csv; the airports were not replaced.</source>
        <translation>%1 — не airports.csv OurAirports; аэропорты не заменены.</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Преобразование</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n airframes</source>
        <translation>
            <numerusform>%1, %n борт</numerusform>
            <numerusform>%1, %n борта</numerusform>
            <numerusform>%1, %n бортов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot install %1: %2</source>
        <translation>Не удаётся установить %1: %2</translation>
    </message>
    <message>
        <source>OurAirports airports file</source>
        <translation>Файл аэропортов OurAirports</translation>
    </message>
    <message>
        <source>Cannot write the manifest in %1.</source>
        <translation>Не удаётся записать опись в %1.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 с %2</translation>
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
        <translation>Источники (издание, заголовок, дата, URL, что подтверждает)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Подтверждает</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Удалить источник</translation>
    </message>
</context>
<context>
    <name>sortie::TeamArchiveFeed</name>
    <message>
        <source>Archive positions (team database)</source>
        <translation>Позиции архива (командная база)</translation>
    </message>
</context>
<context>
    <name>sortie::TeamFollower</name>
    <message>
        <source>the connection to the team project broke (%1); others&apos; edits no longer appear</source>
        <translation>связь с командным проектом прервалась (%1); правки других больше не появляются</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project file(s) merged into the team project: </source>
        <translation>
            <numerusform>%n файл проекта объединён с командным проектом: </numerusform>
            <numerusform>%n файла проекта объединены с командным проектом: </numerusform>
            <numerusform>%n файлов проекта объединены с командным проектом: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tracks, %2 events, %3 correlations, %4 drawings, %5 airbases added</source>
        <translation>добавлено треков: %1, событий: %2, корреляций: %3, пометок: %4, аэродромов: %5</translation>
    </message>
    <message>
        <source>not merged into the team project, only into this window: %1</source>
        <translation>не объединено с командным проектом, только с этим окном: %1</translation>
    </message>
    <message>
        <source>the team project&apos;s events, correlations and drawings could not be read</source>
        <translation>не удалось прочитать события, корреляции и пометки командного проекта</translation>
    </message>
    <message>
        <source>Another analyst changed this since the edit you took back or redid; nothing was written</source>
        <translation>Другой аналитик изменил это после правки, которую вы отменили или повторили; ничего не записано</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>объединения файла</translation>
    </message>
</context>
<context>
    <name>sortie::TeamProjectDialog</name>
    <message>
        <source>Open team project</source>
        <translation>Открыть командный проект</translation>
    </message>
    <message>
        <source>A team project lives in a PostgreSQL database with PostGIS. Passwords come from PostgreSQL&apos;s password file (~/.pgpass) or a service file, never from Sortie.</source>
        <translation>Командный проект хранится в базе данных PostgreSQL с PostGIS. Пароли берутся из файла паролей PostgreSQL (~/.pgpass) или файла служб, а не из Sortie.</translation>
    </message>
    <message>
        <source>a pg_service.conf name; or the fields below</source>
        <translation>имя из pg_service.conf или поля ниже</translation>
    </message>
    <message>
        <source>host name, or a socket folder</source>
        <translation>имя хоста или папка сокета</translation>
    </message>
    <message>
        <source>the project&apos;s schema, e.g. case_pyongyang</source>
        <translation>схема проекта, например case_pyongyang</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Служба:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Хост:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Схема:</translation>
    </message>
</context>
<context>
    <name>sortie::TeamSession</name>
    <message>
        <source>&quot;%1&quot; is not the name of a team project</source>
        <translation>«%1» не является именем командного проекта</translation>
    </message>
    <message>
        <source>cannot connect to the database: %1</source>
        <translation>невозможно подключиться к базе данных: %1</translation>
    </message>
    <message>
        <source>%1 is not a team project that records its edits (published by an older Sortie?)</source>
        <translation>%1 не является командным проектом с учётом правок (опубликован более старой версией Sortie?)</translation>
    </message>
    <message>
        <source>%1 has no events with a geometry (is PostGIS installed?)</source>
        <translation>в %1 нет таблицы событий с геометрией (установлен ли PostGIS?)</translation>
    </message>
    <message>
        <source>%1: %2 changed it at %3 UTC (version %4) since you began; nothing was written</source>
        <translation>%1: после начала вашей правки %2 изменил(а) это в %3 UTC (версия %4); ничего не записано</translation>
    </message>
    <message>
        <source>%1: %2 removed it at %3 UTC since you began; nothing was written</source>
        <translation>%1: после начала вашей правки %2 удалил(а) это в %3 UTC; ничего не записано</translation>
    </message>
    <message>
        <source>%1: it is no longer in the team project; nothing was written</source>
        <translation>%1: этого больше нет в командном проекте; ничего не записано</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot;</source>
        <translation>Событие «%1»</translation>
    </message>
    <message>
        <source>%1: not connected to the team project</source>
        <translation>%1: нет подключения к командному проекту</translation>
    </message>
    <message>
        <source>%1: you may read this team project, not change it</source>
        <translation>%1: вы можете читать этот командный проект, но не изменять его</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Событие %1</translation>
    </message>
    <message>
        <source>%1: someone else is changing it right now (an edit or an import not finished yet); nothing was written, try again in a moment</source>
        <translation>%1: это сейчас изменяет кто-то другой (незавершённая правка или импорт); ничего не записано, попробуйте ещё раз чуть позже</translation>
    </message>
    <message>
        <source>Correlation &quot;%1&quot;</source>
        <translation>Корреляция «%1»</translation>
    </message>
    <message>
        <source>Drawing %1</source>
        <translation>Пометка %1</translation>
    </message>
    <message>
        <source>Drawing &quot;%1&quot;</source>
        <translation>Пометка «%1»</translation>
    </message>
    <message>
        <source>Correlation %1</source>
        <translation>Корреляция %1</translation>
    </message>
</context>
<context>
    <name>sortie::TimelinePanel</name>
    <message>
        <source>Previous event or leg boundary (Left)</source>
        <translation>Предыдущее событие или граница участка (←)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Воспроизвести (Пробел)</translation>
    </message>
    <message>
        <source>Next event or leg boundary (Right)</source>
        <translation>Следующее событие или граница участка (→)</translation>
    </message>
    <message>
        <source>Playback speed: simulated time per second</source>
        <translation>Скорость воспроизведения: модельное время за секунду</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Реальное время</translation>
    </message>
    <message>
        <source>1 min/s</source>
        <translation>1 мин/с</translation>
    </message>
    <message>
        <source>10 min/s</source>
        <translation>10 мин/с</translation>
    </message>
    <message>
        <source>1 h/s</source>
        <translation>1 ч/с</translation>
    </message>
    <message>
        <source>6 h/s</source>
        <translation>6 ч/с</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation>1 сут/с</translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation>1 нед/с</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>A UTC date, or date and time; Enter jumps there</source>
        <translation>Дата UTC или дата и время; Enter — перейти</translation>
    </message>
    <message>
        <source>Second axis</source>
        <translation>Вторая ось</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Korea (KST, UTC+9)</source>
        <translation>Корея (KST, UTC+9)</translation>
    </message>
    <message>
        <source>Moscow (MSK, UTC+3)</source>
        <translation>Москва (MSK, UTC+3)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Пауза (Пробел)</translation>
    </message>
    <message>
        <source>Not a date: type 2024-07-09 or 2024-07-09 04:10 (UTC)</source>
        <translation>Это не дата: введите 2024-07-09 или 2024-07-09 04:10 (UTC)</translation>
    </message>
</context>
<context>
    <name>sortie::TimelineStripItem</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
</context>
<context>
    <name>sortie::TimelineWidget</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>No aircraft data in this range (%1 tracks elsewhere)</source>
        <translation>В этом интервале нет данных о бортах (треков в других местах: %1)</translation>
    </message>
</context>
<context>
    <name>sortie::Workspace</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Корреляция</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <source>track %1 left out: the same positions are already loaded</source>
        <translation>трек %1 пропущен: те же отметки уже загружены</translation>
    </message>
    <message numerus="yes">
        <source>None of the aircraft&apos;s %n sources has a position in it.</source>
        <translation>
            <numerusform>Ни в %n источнике этого самолёта нет позиций на этом участке.</numerusform>
            <numerusform>Ни в одном из %n источников этого самолёта нет позиций на этом участке.</numerusform>
            <numerusform>Ни в одном из %n источников этого самолёта нет позиций на этом участке.</numerusform>
        </translation>
    </message>
    <message>
        <source>reference airports</source>
        <translation>справочные аэропорты</translation>
    </message>
</context>
<context>
    <name>sortie::cli</name>
    <message>
        <source>Read track, airbase or event files and report what they hold.</source>
        <translation>Прочитать файлы треков, аэродромов или событий и сообщить, что в них.</translation>
    </message>
    <message>
        <source>Add the contents of files to a project, creating it if missing.</source>
        <translation>Добавить содержимое файлов в проект (создав его, если его нет).</translation>
    </message>
    <message>
        <source>Write the bundled sample project.</source>
        <translation>Записать прилагаемый пример проекта.</translation>
    </message>
    <message>
        <source>Export tracks and events for other tools (KML, MF-JSON GeoJSON, events CSV).</source>
        <translation>Экспортировать треки и события для других программ (KML, GeoJSON MF-JSON, CSV событий).</translation>
    </message>
    <message>
        <source>Write the annotated briefing as a PDF: overview, pages per correlation.</source>
        <translation>Записать справку с пометками в PDF: обзор и страницы по корреляциям.</translation>
    </message>
    <message>
        <source>Render the map alone to an image, the aircraft at a time.</source>
        <translation>Отрисовать одну карту в изображение, с бортами на заданный момент.</translation>
    </message>
    <message>
        <source>Try &apos;sortie --help&apos;.</source>
        <translation>См. &apos;sortie --help&apos;.</translation>
    </message>
    <message>
        <source>sortie: %1</source>
        <translation>sortie: %1</translation>
    </message>
    <message>
        <source>sortie: --language takes one of %1.</source>
        <translation>sortie: --language принимает одно из значений: %1.</translation>
    </message>
    <message>
        <source>sortie: unknown command &apos;%1&apos;.</source>
        <translation>sortie: неизвестная команда &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>sortie: --screenshot and --time open the window; they do not go with &apos;%1&apos;.</source>
        <translation>sortie: --screenshot и --time открывают окно; с &apos;%1&apos; они не используются.</translation>
    </message>
    <message>
        <source>sortie: --screenshot needs a file name.</source>
        <translation>sortie: для --screenshot нужно имя файла.</translation>
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
        <translation>Использование:
  sortie [--language КОД] [--time ISO] [--screenshot ФАЙЛ] [ФАЙЛ...]
  sortie [--language КОД] КОМАНДА [АРГУМЕНТЫ...]
  sortie --help | --version

Sortie — настольный ГИС-инструмент для сопоставления перемещений воздушных
судов с мировыми событиями. Без команды открывает окно рабочего места и
импортирует указанные ФАЙЛЫ треков, аэродромов и событий (см. docs/formats.md).

Параметры:
  -h, --help           Показать эту справку и выйти.
  -V, --version        Показать версии Sortie и его библиотек и выйти.
  --time ISO           Открыть на этом моменте UTC, напр. 2024-07-09T07:30Z.
  --screenshot ФАЙЛ    Открыть окно, дождаться отрисовки карты, сохранить окно
                       как PNG в ФАЙЛ и выйти.
  --language КОД       Язык интерфейса: en, ko или ru (по умолчанию — выбранный
                       в меню Вид &gt; Язык, иначе системный).

Команды (дисплей не нужен):
</translation>
    </message>
    <message>
        <source> (not in this build yet)</source>
        <translation> (в этой сборке пока нет)</translation>
    </message>
    <message>
        <source>
Times are read and written in UTC (ISO 8601).

Exit status: 0 success, 1 bad input (the reason is printed on stderr),
2 bad usage.
</source>
        <translation>
Время читается и записывается в UTC (ISO 8601).

Код возврата: 0 — успех, 1 — ошибочные входные данные (причина выводится
в stderr), 2 — неверное использование.
</translation>
    </message>
    <message>
        <source>sortie: cannot write screenshot %1</source>
        <translation>sortie: не удаётся записать снимок экрана %1</translation>
    </message>
    <message>
        <source>sortie: the map did not finish drawing; no screenshot written to %1</source>
        <translation>sortie: карта не дорисовалась; снимок в %1 не записан</translation>
    </message>
    <message>
        <source>sortie: &apos;%1&apos; is not in this build yet.</source>
        <translation>sortie: &apos;%1&apos; в этой сборке пока нет.</translation>
    </message>
    <message>
        <source>sortie: --time &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>sortie: --time &apos;%1&apos; — не время в формате ISO 8601</translation>
    </message>
    <message>
        <source>Usage: sortie export PROJECT OUT.kml|OUT.geojson|OUT.csv
Write the project&apos;s tracks and located events as KML for Google Earth&apos;s time slider,
its tracks as GeoJSON (OGC MF-JSON trajectories), or its events as Sortie events CSV.
</source>
        <translation>Использование: sortie export ПРОЕКТ ВЫХОД.kml|ВЫХОД.geojson|ВЫХОД.csv
Записать треки и события с местом из проекта в KML для ползунка времени Google
Earth, треки — в GeoJSON (траектории OGC MF-JSON) или события — в CSV событий
Sortie.
</translation>
    </message>
    <message>
        <source>sortie export: give a project and an output file. Try &apos;sortie export --help&apos;.</source>
        <translation>sortie export: укажите проект и выходной файл. См. &apos;sortie export --help&apos;.</translation>
    </message>
    <message>
        <source>sortie export: &apos;%1&apos; must end in .kml, .geojson or .csv.</source>
        <translation>sortie export: &apos;%1&apos; должен оканчиваться на .kml, .geojson или .csv.</translation>
    </message>
    <message>
        <source>%1: %2 tracks, %3 events</source>
        <translation>%1: треков — %2, событий — %3</translation>
    </message>
    <message>
        <source>Usage: sortie info FILE... [--json]
Read track, airbase and event files, or Sortie projects (.sortie.gpkg), and report
what they hold: tracks with their legs, ground stops and gaps (leg ends named after
the airbases found in the same files), airbase and event counts, and every problem
with file and line. For a project, --json adds its correlations and annotations.
</source>
        <translation>Использование: sortie info ФАЙЛ... [--json]
Прочитать файлы треков, аэродромов и событий или проекты Sortie (.sortie.gpkg) и
сообщить, что в них: треки с участками, стоянками и разрывами (концы участков
названы по аэродромам из тех же файлов), число аэродромов и событий и каждую
проблему с файлом и строкой. Для проекта --json добавляет его корреляции и
пометки.
</translation>
    </message>
    <message>
        <source>sortie info: unknown option &apos;%1&apos;. Try &apos;sortie info --help&apos;.</source>
        <translation>sortie info: неизвестный параметр &apos;%1&apos;. См. &apos;sortie info --help&apos;.</translation>
    </message>
    <message>
        <source>sortie info: no file given. Try &apos;sortie info --help&apos;.</source>
        <translation>sortie info: не указан файл. См. &apos;sortie info --help&apos;.</translation>
    </message>
    <message>
        <source>sortie info: nothing could be read</source>
        <translation>sortie info: ничего не удалось прочитать</translation>
    </message>
    <message>
        <source>sortie info: nothing could be read (%1)</source>
        <translation>sortie info: ничего не удалось прочитать (%1)</translation>
    </message>
    <message>
        <source>sortie import: give a project and at least one file. Try &apos;sortie import --help&apos;.</source>
        <translation>sortie import: укажите проект и хотя бы один файл. См. &apos;sortie import --help&apos;.</translation>
    </message>
    <message>
        <source>sortie import: the project&apos;s name must end in %1 (got &apos;%2&apos;).</source>
        <translation>sortie import: имя проекта должно оканчиваться на %1 (получено &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>sortie import: nothing could be read; %1 was not changed.</source>
        <translation>sortie import: ничего не удалось прочитать; %1 не изменён.</translation>
    </message>
    <message>
        <source>Usage: sortie sample PROJECT
Write the bundled sample project: reconstructed Il-62M flights between Moscow and
Pyongyang in 2023-2024, the airbases and the dated events around them.
</source>
        <translation>Использование: sortie sample ПРОЕКТ
Записать прилагаемый пример проекта: восстановленные полёты Ил-62М между Москвой
и Пхеньяном в 2023–2024 гг., аэродромы и датированные события вокруг них.
</translation>
    </message>
    <message>
        <source>sortie sample: give one project file name. Try &apos;sortie sample --help&apos;.</source>
        <translation>sortie sample: укажите одно имя файла проекта. См. &apos;sortie sample --help&apos;.</translation>
    </message>
    <message>
        <source>sortie sample: the project&apos;s name must end in %1 (got &apos;%2&apos;).</source>
        <translation>sortie sample: имя проекта должно оканчиваться на %1 (получено &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>sortie sample: %1 exists; not overwritten.</source>
        <translation>sortie sample: %1 уже существует; не перезаписан.</translation>
    </message>
    <message>
        <source>sortie sample: the bundled sample could not be read; this build is broken.</source>
        <translation>sortie sample: прилагаемый пример не читается; эта сборка повреждена.</translation>
    </message>
    <message>
        <source>%1: the sample project, %2 tracks, %3 airbases, %4 events, %5 example correlations, %6 example annotations</source>
        <translation>%1: пример проекта; треков: %2, аэродромов: %3, событий: %4, примеров корреляций: %5, примеров пометок: %6</translation>
    </message>
    <message>
        <source>sortie export-pdf: --paper takes A4 or A3.</source>
        <translation>sortie export-pdf: --paper принимает A4 или A3.</translation>
    </message>
    <message>
        <source>sortie export-pdf: --orientation takes landscape or portrait.</source>
        <translation>sortie export-pdf: --orientation принимает landscape или portrait.</translation>
    </message>
    <message>
        <source>sortie export-pdf: --at takes an ISO 8601 time.</source>
        <translation>sortie export-pdf: --at принимает время в формате ISO 8601.</translation>
    </message>
    <message>
        <source>sortie export-pdf: unknown option &apos;%1&apos;. Try &apos;sortie export-pdf --help&apos;.</source>
        <translation>sortie export-pdf: неизвестный параметр &apos;%1&apos;. См. &apos;sortie export-pdf --help&apos;.</translation>
    </message>
    <message>
        <source>sortie export-pdf: give a project and an output file ending in .pdf. Try &apos;sortie export-pdf --help&apos;.</source>
        <translation>sortie export-pdf: укажите проект и выходной файл с окончанием .pdf. См. &apos;sortie export-pdf --help&apos;.</translation>
    </message>
    <message>
        <source>sortie export-pdf: --from and --to take two ISO 8601 times, the first before the second.</source>
        <translation>sortie export-pdf: --from и --to принимают два момента ISO 8601, первый раньше второго.</translation>
    </message>
    <message>
        <source>sortie export-pdf: %1 holds nothing with a time to show.</source>
        <translation>sortie export-pdf: в %1 нет ничего со временем для показа.</translation>
    </message>
    <message>
        <source>%1: %2, 1 page</source>
        <translation>%1: %2, 1 страница</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n pages</source>
        <translation>
            <numerusform>%1: %2, %n страница</numerusform>
            <numerusform>%1: %2, %n страницы</numerusform>
            <numerusform>%1: %2, %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sortie render PROJECT OUT.png [--at ISO] [--size WxH]
Render the map of PROJECT alone, as the workbench draws it: the aircraft where they
were at --at (UTC; default: the time saved with the project), the events and
annotations of the saved window, the saved map extent. --size in pixels
(default 1600x1000).
</source>
        <translation>Использование: sortie render ПРОЕКТ ВЫХОД.png [--at ISO] [--size ШxВ]
Отрисовать только карту ПРОЕКТА так, как её рисует рабочее место: борты там, где
они были в момент --at (UTC; по умолчанию — время, сохранённое в проекте),
события и пометки сохранённого окна, сохранённый охват карты. --size в пикселях
(по умолчанию 1600x1000).
</translation>
    </message>
    <message>
        <source>sortie render: --size takes WIDTHxHEIGHT in pixels, 16 to 20000 each (e.g. 1600x1000).</source>
        <translation>sortie render: --size принимает ШИРИНАxВЫСОТА в пикселях, от 16 до 20000 каждое (напр. 1600x1000).</translation>
    </message>
    <message>
        <source>sortie render: unknown option &apos;%1&apos;. Try &apos;sortie render --help&apos;.</source>
        <translation>sortie render: неизвестный параметр &apos;%1&apos;. См. &apos;sortie render --help&apos;.</translation>
    </message>
    <message>
        <source>sortie render: give a project and an output file ending in .png. Try &apos;sortie render --help&apos;.</source>
        <translation>sortie render: укажите проект и выходной файл с окончанием .png. См. &apos;sortie render --help&apos;.</translation>
    </message>
    <message>
        <source>sortie render: --at takes an ISO 8601 time.</source>
        <translation>sortie render: --at принимает время в формате ISO 8601.</translation>
    </message>
    <message>
        <source>sortie render: %1 holds nothing with a time; give --at.</source>
        <translation>sortie render: в %1 нет ничего со временем; укажите --at.</translation>
    </message>
    <message>
        <source>sortie render: cannot write %1: %2</source>
        <translation>sortie render: не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2x%3, aircraft at %4 UTC</source>
        <translation>%1: %2x%3, борты на %4 UTC</translation>
    </message>
    <message>
        <source>  track %1: %2 positions, %3 to %4 (UTC)</source>
        <translation>  трек %1: отметок — %2, с %3 по %4 (UTC)</translation>
    </message>
    <message>
        <source>    note: %1</source>
        <translation>    примечание: %1</translation>
    </message>
    <message>
        <source>    leg %1 -&gt; %2  %3 to %4  %5, %6 km</source>
        <translation>    участок %1 -&gt; %2  %3 — %4  %5, %6 км</translation>
    </message>
    <message>
        <source>    on the ground at %1 for %2 (inferred: landing and take-off not seen)</source>
        <translation>    на земле в %1 в течение %2 (предполагается: посадка и взлёт не наблюдались)</translation>
    </message>
    <message>
        <source>    on the ground at %1 for %2</source>
        <translation>    на земле в %1 в течение %2</translation>
    </message>
    <message>
        <source>    left tracking data at %1 near %2 (%3 km)</source>
        <translation>    пропал из данных в %1 около %2 (%3 км)</translation>
    </message>
    <message>
        <source>    left tracking data at %1</source>
        <translation>    пропал из данных в %1</translation>
    </message>
    <message>
        <source>    %1 %2 to %3 (%4)</source>
        <translation>    %1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>не прочитан</translation>
    </message>
    <message>
        <source>%1, %2 tracks, %3 airbases, %4 events</source>
        <translation>%1; треков: %2, аэродромов: %3, событий: %4</translation>
    </message>
    <message>
        <source> (%1 tracks already there)</source>
        <translation> (треков уже было: %1)</translation>
    </message>
    <message>
        <source>%1: added %2 tracks, %3 airbases, %4 events from %5 of %6 files%7; now %8 tracks, %9 airbases, %10 events</source>
        <translation>%1: прочитано файлов: %5 из %6; добавлено треков: %2, аэродромов: %3, событий: %4%7; теперь треков: %8, аэродромов: %9, событий: %10</translation>
    </message>
    <message>
        <source>Publish a project to a PostgreSQL/PostGIS database as a team project.</source>
        <translation>Опубликовать проект в базе PostgreSQL/PostGIS как командный.</translation>
    </message>
    <message>
        <source>Usage: sortie publish PROJECT CONNECTION [--schema NAME]
Publish PROJECT (a .sortie.gpkg file) as a team project in a new schema of a
PostgreSQL database with PostGIS. CONNECTION is libpq&apos;s: a postgresql:// URI,
service=NAME, or host=... dbname=...; passwords come from libpq&apos;s password file,
never from the project. The schema is named after the file unless --schema is
given (lower-case letters, digits and _); an existing schema is never written to.
</source>
        <translation>Использование: sortie publish PROJECT CONNECTION [--schema NAME]
Опубликовать PROJECT (файл .sortie.gpkg) как командный проект в новой схеме
базы данных PostgreSQL с PostGIS. CONNECTION в формате libpq: URI postgresql://,
service=NAME или host=... dbname=...; пароли берутся из файла паролей libpq,
никогда из проекта. Схема называется по имени файла, если не задан --schema
(строчные латинские буквы, цифры и _); в существующую схему запись не ведётся.
</translation>
    </message>
    <message>
        <source>sortie publish: give a project and a database connection. Try &apos;sortie publish --help&apos;.</source>
        <translation>sortie publish: укажите проект и подключение к базе данных. См. &apos;sortie publish --help&apos;.</translation>
    </message>
    <message>
        <source>sortie publish: &apos;%1&apos; cannot name a team project&apos;s schema: give --schema with lower-case letters, digits and _.</source>
        <translation>sortie publish: &apos;%1&apos; не может быть именем схемы командного проекта: задайте --schema строчными латинскими буквами, цифрами и _.</translation>
    </message>
    <message>
        <source>%1: published as team project %2 (%3 tracks, %4 events, %5 correlations)</source>
        <translation>%1: опубликован как командный проект %2 (треков: %3, событий: %4, корреляций: %5)</translation>
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
        <translation>Использование: sortie export-pdf ПРОЕКТ ВЫХОД.pdf [--from ISO --to ISO] [--paper A4|A3]
                         [--orientation landscape|portrait] [--title ТЕКСТ]
                         [--per-correlation] [--at ISO] [--graticule]
Записать справку по ПРОЕКТУ в векторный PDF: карта рейсов и событий во временном
окне (по умолчанию — окно, сохранённое в проекте), легенда нарисованного, шкала
времени окна, корреляции с фактами и источниками, а также источники.
--per-correlation добавляет страницу на каждую корреляцию в окне с масштабом по
её участкам и событиям; --at рисует борты там, где они были в этот момент (UTC);
--graticule рисует параллели и меридианы. Карты рисуются в проекции, сохранённой
с картой проекта (Вид &gt; Проекция карты в окне программы).
</translation>
    </message>
    <message>
        <source>Reference data in %1:</source>
        <translation>Справочные данные в %1:</translation>
    </message>
    <message>
        <source>airports</source>
        <translation>аэропорты</translation>
    </message>
    <message>
        <source>aircraft database</source>
        <translation>база данных ВС</translation>
    </message>
    <message>
        <source>%1: none yet (&apos;sortie refdata update&apos; downloads it)</source>
        <translation>%1: пока нет (&apos;sortie refdata update&apos; загрузит)</translation>
    </message>
    <message>
        <source>%1: %2, downloaded %3 UTC from %4</source>
        <translation>%1: %2, загружено %3 UTC с %4</translation>
    </message>
    <message>
        <source>sortie refdata: unknown command &apos;%1&apos;. Try &apos;sortie refdata --help&apos;.</source>
        <translation>sortie refdata: неизвестная команда &apos;%1&apos;. См. &apos;sortie refdata --help&apos;.</translation>
    </message>
    <message>
        <source>sortie refdata: cannot use &apos;%1&apos;. Try &apos;sortie refdata --help&apos;.</source>
        <translation>sortie refdata: нельзя использовать &apos;%1&apos;. См. &apos;sortie refdata --help&apos;.</translation>
    </message>
    <message>
        <source>Download an aircraft database and the airports file, used offline after.</source>
        <translation>Загрузить базу данных ВС и файл аэропортов для работы без сети.</translation>
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
        <translation>Использование: sortie refdata status
               sortie refdata update [--only airports|aircraft] [--adsbx]
                                     [--airports-url URL] [--aircraft-url URL]
Справочные данные загружаются один раз в папку ваших данных и дальше работают без
сети: база данных ВС (OpenSky или, с --adsbx, ADS-B Exchange) даёт трекам, у которых
есть только адрес ICAO, регистрацию, тип, эксплуатанта и признак военного борта во
всех проектах, открытых в программе; файл аэропортов OurAirports добавляется в проект
через Файл &gt; Справочные данные или &apos;sortie import&apos;. &apos;status&apos; показывает, что есть и
с какого времени; &apos;update&apos; заново загружает оба с их публичных адресов (или заданных).
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
        <translation>Использование: sortie import ПРОЕКТ ФАЙЛ|ПАПКА... [--filter ТЕКСТ]
Добавить треки, аэродромы и события из каждого ФАЙЛА в ПРОЕКТ (файл .sortie.gpkg),
создав его при отсутствии. ПАПКА означает все файлы в ней и в подпапках (треки за
день), по файлу на ядро. --filter оставляет только названные борта: адреса ICAO,
регистрации, type:C17, military (чего нет в файле, ищется в базе данных ВС из
&apos;sortie refdata&apos;). ФАЙЛ, который сам является проектом Sortie, объединяется по
идентичности: то, что в ПРОЕКТЕ уже есть, сохраняется один раз, а пришедшее под новым
id сообщается. Уже загруженные треки (те же точки) пропускаются. О проблемах
сообщается как в &apos;sortie info&apos;; проект записывается, только если прочитан хотя бы
один файл, и атомарно.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tracks left out by the filter</source>
        <translation>
            <numerusform>%1: фильтр исключил %n трек</numerusform>
            <numerusform>%1: фильтр исключил %n трека</numerusform>
            <numerusform>%1: фильтр исключил %n треков</numerusform>
        </translation>
    </message>
    <message>
        <source>sortie import: --filter takes the aircraft to keep.</source>
        <translation>sortie import: --filter принимает борта, которые нужно оставить.</translation>
    </message>
    <message>
        <source>    source %1: %2 positions, %3 used</source>
        <translation>    источник %1: позиций %2, использовано %3</translation>
    </message>
    <message numerus="yes">
        <source>one aircraft in %n tracks, as the workbench shows it:</source>
        <translation>
            <numerusform>один самолёт в %n треке, как его показывает рабочее место:</numerusform>
            <numerusform>один самолёт в %n треках, как его показывает рабочее место:</numerusform>
            <numerusform>один самолёт в %n треках, как его показывает рабочее место:</numerusform>
        </translation>
    </message>
    <message>
        <source>Team project %1</source>
        <translation>Командный проект %1</translation>
    </message>
    <message>
        <source>sortie publish: the team project is published, but its QGIS project is not: %1</source>
        <translation>sortie publish: командный проект опубликован, но его проект QGIS — нет: %1</translation>
    </message>
    <message>
        <source>Add a project file to a team project, by identity: nothing twice.</source>
        <translation>Добавить файл проекта в командный проект по идентификаторам: ничего дважды.</translation>
    </message>
    <message>
        <source>Usage: sortie merge PROJECT CONNECTION --schema NAME
Add what PROJECT (a .sortie.gpkg file) holds to the team project NAME, by identity:
tracks, events, correlations, drawings and airbases the team project has already
are not added again; an item whose id the team project gives to something
different comes in under a new id. All of it is added in one transaction, as
your database role (an editor&apos;s), or none. CONNECTION is libpq&apos;s, as for publish.
</source>
        <translation>Использование: sortie merge ПРОЕКТ ПОДКЛЮЧЕНИЕ --schema ИМЯ
Добавить содержимое ПРОЕКТА (файла .sortie.gpkg) в командный проект ИМЯ по идентификаторам:
треки, события, корреляции, рисунки и аэродромы, которые уже есть в командном проекте,
не добавляются повторно; элемент, чей id в командном проекте занят другим,
добавляется под новым id. Всё добавляется одной транзакцией от вашей роли в базе
(редактора) или не добавляется ничего. ПОДКЛЮЧЕНИЕ в формате libpq, как для publish.
</translation>
    </message>
    <message>
        <source>sortie merge: give a project, a database connection and --schema. Try &apos;sortie merge --help&apos;.</source>
        <translation>sortie merge: укажите проект, подключение к базе данных и --schema. См. &apos;sortie merge --help&apos;.</translation>
    </message>
    <message>
        <source>%1 into team project %2: %3 tracks, %4 events, %5 correlations, %6 drawings added; already there: %7 tracks, %8 events, %9 correlations</source>
        <translation>%1 → командный проект %2: добавлено треков: %3, событий: %4, корреляций: %5, рисунков: %6; уже были: треков: %7, событий: %8, корреляций: %9</translation>
    </message>
    <message>
        <source>Added under a new id (the team project gives theirs to something else): %1</source>
        <translation>Добавлено под новым id (в командном проекте этот id занят другим): %1</translation>
    </message>
    <message>
        <source>Add positions to a team project&apos;s archive, read by time window.</source>
        <translation>Добавить позиции в архив командного проекта, читаемый по окнам времени.</translation>
    </message>
    <message>
        <source>sortie archive: give a database connection, --schema and files. Try &apos;sortie archive --help&apos;.</source>
        <translation>sortie archive: укажите подключение к базе данных, --schema и файлы. См. &apos;sortie archive --help&apos;.</translation>
    </message>
    <message>
        <source>sortie archive: no positions in these files.</source>
        <translation>sortie archive: в этих файлах нет позиций.</translation>
    </message>
    <message>
        <source>sortie archive: nothing was added to the archive of team project %1: %2</source>
        <translation>sortie archive: в архив командного проекта %1 ничего не добавлено: %2</translation>
    </message>
    <message>
        <source>Usage: sortie archive CONNECTION --schema NAME FILE...
Add the positions of FILE... (any format Sortie imports) to the position archive
of team project NAME: positions that stay in the database and that the workbench
reads a week at a time around the time on the timeline. A position the archive
has (the same aircraft at the same moment) is not added again. In one
transaction, as your database role (an editor&apos;s), or not at all.
</source>
        <translation>Использование: sortie archive ПОДКЛЮЧЕНИЕ --schema ИМЯ ФАЙЛ...
Добавить позиции из ФАЙЛОВ (любой формат, который импортирует Sortie) в архив позиций
командного проекта ИМЯ: позиции остаются в базе, а рабочее место читает их
по неделе вокруг времени на шкале. Позиция, которая уже есть в архиве (тот же борт
в тот же момент), повторно не добавляется. Одной транзакцией от вашей роли в базе
(редактора) или не добавляется ничего.
</translation>
    </message>
    <message numerus="yes">
        <source>sortie archive: %n file(s) could not be read: nothing was added.</source>
        <translation>
            <numerusform>sortie archive: не удалось прочитать %n файл: ничего не добавлено.</numerusform>
            <numerusform>sortie archive: не удалось прочитать %n файла: ничего не добавлено.</numerusform>
            <numerusform>sortie archive: не удалось прочитать %n файлов: ничего не добавлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 positions of %2 tracks from %3 files added to the archive of team project %4; %5 left out (the archive had them, or the files gave them twice)</source>
        <translation>В архив командного проекта %4 добавлено позиций: %1, треков: %2, из файлов: %3; пропущено: %5 (уже были в архиве или повторялись в файлах)</translation>
    </message>
    <message>
        <source>sortie: &apos;%1&apos; names no team project: give its schema, as in postgresql://HOST/DATABASE?schema=NAME</source>
        <translation>sortie: «%1» не указывает командный проект: задайте схему, например postgresql://ХОСТ/БАЗА?schema=ИМЯ</translation>
    </message>
</context>
<context>
    <name>sortie::displaysnapshot</name>
    <message>
        <source>cannot copy table %1</source>
        <translation>не удаётся скопировать таблицу %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>в %1 нет таблицы %2</translation>
    </message>
    <message>
        <source>cannot thin out the positions of %1</source>
        <translation>не удаётся проредить отметки %1</translation>
    </message>
</context>
<context>
    <name>sortie::gaps</name>
    <message>
        <source>Tracking ends in flight at %L1 ft, above the approach altitude: it left the data here.</source>
        <translation>Трек обрывается в полёте на %L1 ft, выше высоты захода: здесь борт пропал из данных.</translation>
    </message>
</context>
<context>
    <name>sortie::locale</name>
    <message>
        <source>d MMM</source>
        <extracomment>A day on the timeline&apos;s axis, e.g. &quot;8 Jul&quot; (Qt date format: d day, MMM month name).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month, e.g. &quot;Aug 2023&quot; (Qt date format: MMM month name, yyyy year).</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The QLocale name of this translation&apos;s language (ko, ru): month names in dates.</extracomment>
        <translation>ru</translation>
    </message>
</context>
</TS>
