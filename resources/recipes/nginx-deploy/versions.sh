# Lists every version kept on the balancer, oldest first.
set -eu
for version in $(version_list); do
    describe_version "$version"
done
