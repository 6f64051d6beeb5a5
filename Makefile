# SEND Hub: the two commands a new user needs.
#   make run    build and start everything (PostgreSQL, Keycloak, API, web app, demo data)
#   make test   run every test: frontend unit, backend API (real PostgreSQL), browser end-to-end,
#               two backends behind nginx on one PostgreSQL, backup and restore

.PHONY: run test test-frontend test-backend test-e2e test-scale bench bench-forecast bench-jvm build stop clean backup restore

run:
	@scripts/stack.sh run

test: test-frontend test-backend test-e2e test-scale

test-frontend:
	cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run lint && npm test && npm run build

test-backend:
	cd backend && ./mvnw -B verify

test-e2e:
	scripts/e2e.sh

# Two backends on one PostgreSQL behind nginx (races, imports, a backend killed), then backup and restore.
test-scale:
	scripts/test-scale.sh

# pg_dump of the run command's database (embedded, or SENDHUB_DB_URL) to backups/<time>.dump.
backup:
	@scripts/backup.sh backup

# make restore FILE=backups/<time>.dump [CONFIRM=1]: replaces the database's contents (backend stopped).
restore:
	@scripts/backup.sh restore "$(FILE)"

# The indicator benchmark: API against PostgreSQL's own COPY and SQL, side by side (bench/).
bench:
	bench/run.sh

# The forecast backtest on DfE's real EHC plans: the method against naive and straight-line forecasts
# (bench/ForecastBacktest.java). Needs no database and no server.
bench-jvm:
	bench/jvm-options.sh

bench-forecast:
	scripts/stack.sh build-backend
	java -cp "backend/target/quarkus-app/lib/main/*:backend/target/quarkus-app/app/*" bench/ForecastBacktest.java

build:
	scripts/stack.sh build

stop:
	scripts/stack.sh stop

clean:
	rm -rf backend/target frontend/dist frontend/node_modules .data/e2e
