# SEND Hub in one image: the web app built by Node, served by the Quarkus backend.
# Built by docker-compose.yml; from the repo root: docker build -t sendhub .

FROM node:20 AS frontend
WORKDIR /src
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci
COPY openapi.yaml ./
COPY frontend frontend
RUN cd frontend && npm run build

FROM eclipse-temurin:17-jdk AS backend
WORKDIR /src
COPY backend/.mvn backend/.mvn
COPY backend/mvnw backend/pom.xml backend/
# Dependencies in a layer of their own, so that a change of source does not fetch them again.
RUN cd backend && ./mvnw -B -q dependency:go-offline
COPY openapi.yaml ./
COPY backend/src backend/src
COPY --from=frontend /src/frontend/dist frontend/dist
RUN cd backend && ./mvnw -B package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=backend /src/backend/target/quarkus-app quarkus-app
# The JVM's memory: heap, metaspace, code cache, stacks and GC (backend/jvm.options), so that the
# backend's memory is bounded (under 300 MB resident through the whole benchmark, DfE's 1.2-million-value
# import included: README "Benchmarks"); glibc's arenas held to two.
# Kubernetes sets the same JAVA_OPTS (deploy/kubernetes); give your own to change them.
COPY backend/jvm.options jvm.options
ENV MALLOC_ARENA_MAX=2
# The class archive: the classes a start loads, mapped by every start of this image instead of loaded
# again (about 5 s to ready becomes 3.5: README "Benchmarks"). A training start of the backend on a
# throwaway embedded PostgreSQL writes it, as the user the image runs as (PostgreSQL refuses root and
# needs a named user). Should that fail (a platform without the embedded binaries), the image starts
# without it, as it did before.
COPY scripts/class-archive.sh class-archive.sh
RUN (id 1001 > /dev/null 2>&1 || useradd --uid 1001 --gid 0 --no-create-home --home-dir /tmp sendhub) \
  && mkdir class-archive && chown 1001 class-archive
USER 1001
RUN CLASS_ARCHIVE=/app/class-archive/sendhub.jsa JVM_OPTIONS=/app/jvm.options bash class-archive.sh /app/quarkus-app \
  || echo "No class archive: the backend will start without it"
EXPOSE 8080
CMD ["sh", "-c", "exec java ${JAVA_OPTS:-@jvm.options} -XX:SharedArchiveFile=/app/class-archive/sendhub.jsa -jar /app/quarkus-app/quarkus-run.jar"]
